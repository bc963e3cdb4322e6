import type { Shape } from "@cloudsnap/ncloud";
import { describe, expect, it } from "vitest";
import { coerce, ShapeMismatch } from "../../src/core/decode";

const NAMED: Record<string, Shape> = {
  Item: {
    type: "object",
    properties: { id: { type: "string" }, size: { type: "integer" }, busy: { type: "boolean" } },
  },
  Node: {
    type: "object",
    properties: {
      name: { type: "string" },
      cause: { type: "union", anyOf: [{ ref: "Node" }, { type: "null" }] },
    },
  },
};
const LIST: Shape = { type: "array", items: { ref: "Item" }, xml: { wrapped: true, itemName: "item" } };
const BARE_LIST: Shape = { type: "array", items: { type: "string" } };

const cases: { name: string; given: { value: unknown; shape: Shape }; want: unknown }[] = [
  {
    name: "keeps an id's leading zeros",
    given: { value: "00012", shape: { type: "string" } },
    want: "00012",
  },
  {
    name: "keeps a JSON number id as its digits",
    given: { value: 1037123, shape: { type: "string" } },
    want: "1037123",
  },
  { name: "types an XML integer", given: { value: "147456", shape: { type: "integer" } }, want: 147456 },
  { name: "types an XML negative integer", given: { value: "-3", shape: { type: "integer" } }, want: -3 },
  {
    name: "types an XML number in exponent form",
    given: { value: "1.073741824E9", shape: { type: "number" } },
    want: 1073741824,
  },
  { name: "types XML booleans", given: { value: "false", shape: { type: "boolean" } }, want: false },
  { name: "keeps JSON booleans", given: { value: true, shape: { type: "boolean" } }, want: true },
  { name: "an empty wrapped XML list is an empty array", given: { value: "", shape: LIST }, want: [] },
  {
    name: "a single wrapped XML item is still a list",
    given: { value: { item: { id: "01", size: "2", busy: "true" } }, shape: LIST },
    want: [{ id: "01", size: 2, busy: true }],
  },
  {
    name: "several wrapped XML items decode in order",
    given: { value: { item: [{ id: "1" }, { id: "2" }] }, shape: LIST },
    want: [{ id: "1" }, { id: "2" }],
  },
  {
    name: "a JSON list stays a list",
    given: { value: [{ id: "9", size: 1 }], shape: LIST },
    want: [{ id: "9", size: 1 }],
  },
  {
    name: "a repeated bare XML element that appeared once is a list",
    given: { value: "a", shape: BARE_LIST },
    want: ["a"],
  },
  {
    name: "an empty XML scalar element means absent, not zero",
    given: { value: { id: "1", size: "", busy: "" }, shape: { ref: "Item" } },
    want: { id: "1" },
  },
  {
    name: "keeps unknown properties as they came",
    given: { value: { id: "1", extra: "x" }, shape: { ref: "Item" } },
    want: { id: "1", extra: "x" },
  },
  {
    name: "follows recursive named shapes",
    given: { value: { name: "a", cause: { name: "b", cause: null } }, shape: { ref: "Node" } },
    want: { name: "a", cause: { name: "b", cause: null } },
  },
  {
    name: "a union takes the first alternative that fits",
    given: { value: "200", shape: { type: "union", anyOf: [{ type: "integer" }, { type: "string" }] } },
    want: 200,
  },
  {
    name: "null stays null where the schema allows it",
    given: { value: null, shape: { type: "string", nullable: true } },
    want: null,
  },
  { name: "any passes through", given: { value: { a: [1] }, shape: { type: "any" } }, want: { a: [1] } },
];

describe("coerce", () => {
  for (const { name, given, want } of cases) {
    it(name, () => {
      expect(coerce(given.value, given.shape, NAMED)).toEqual(want);
    });
  }

  const failures: { name: string; given: { value: unknown; shape: Shape }; want: string }[] = [
    {
      name: "rejects a non-integer for an integer",
      given: { value: "1.5", shape: { type: "integer" } },
      want: "$: expected an integer",
    },
    {
      name: "rejects an integer beyond 2^53 instead of rounding it",
      given: { value: "9007199254740993", shape: { type: "integer" } },
      want: "$: expected an integer",
    },
    {
      name: "rejects a word for a boolean",
      given: { value: "yes", shape: { type: "boolean" } },
      want: "$: expected a boolean",
    },
    {
      name: "rejects a list for an object",
      given: { value: [], shape: { ref: "Item" } },
      want: "$: expected an object",
    },
    {
      name: "names the path of a nested mismatch",
      given: { value: { item: { size: "big" } }, shape: LIST },
      want: "$[0].size: expected an integer",
    },
    {
      name: "rejects null where the schema does not allow it",
      given: { value: null, shape: { type: "string" } },
      want: "$: expected a string",
    },
  ];
  for (const { name, given, want } of failures) {
    it(name, () => {
      expect(() => coerce(given.value, given.shape, NAMED)).toThrow(ShapeMismatch);
      expect(() => coerce(given.value, given.shape, NAMED)).toThrow(want);
    });
  }
});
