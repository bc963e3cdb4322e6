import type { Shape } from "@cloudsnap/ncloud";
import { describe, expect, it } from "vitest";
import type { Violation } from "../../src/core/check-value";
import { checkValue } from "../../src/core/check-value";

const SHAPES: Record<string, Shape> = {
  Name: { type: "string", minLength: 3, maxLength: 5, pattern: "^[a-z]+$" },
  Item: {
    type: "object",
    properties: { id: { type: "string" }, size: { type: "integer", minimum: 0, maximum: 10 } },
    required: ["id"],
  },
  ByName: { type: "object", properties: { name: { type: "string", minLength: 1 } }, required: ["name"] },
  ById: { type: "object", properties: { id: { type: "string", minLength: 1 } }, required: ["id"] },
};
const LIST: Shape = { type: "array", items: { ref: "Item" }, minItems: 1, maxItems: 2 };
const TAGS: Shape = {
  type: "object",
  properties: {},
  additionalProperties: { type: "string", maxLength: 3 },
};
const SCOPE: Shape = {
  type: "object",
  properties: {
    project: { type: "union", anyOf: [{ ref: "ByName" }, { ref: "ById" }] },
    domain: { type: "union", anyOf: [{ ref: "ByName" }, { ref: "ById" }] },
  },
};
const SCALAR: Shape = { type: "union", anyOf: [{ type: "string" }, { type: "integer" }] };

const cases: { name: string; given: { value: unknown; shape: Shape }; want: Violation[] }[] = [
  { name: "accepts a string within its limits", given: { value: "abcd", shape: { ref: "Name" } }, want: [] },
  {
    name: "reports both a short length and a pattern miss",
    given: { value: "A", shape: { ref: "Name" } },
    want: [
      { path: "v", rule: "minLength", expected: 3 },
      { path: "v", rule: "pattern", expected: "^[a-z]+$" },
    ],
  },
  {
    name: "counts code points, not UTF-16 units, against maxLength",
    given: { value: "📸📸📸", shape: { type: "string", maxLength: 3 } },
    want: [],
  },
  {
    name: "rejects one code point over maxLength",
    given: { value: "📸📸📸📸", shape: { type: "string", maxLength: 3 } },
    want: [{ path: "v", rule: "maxLength", expected: 3 }],
  },
  {
    name: "counts UTF-8 bytes against maxBytes",
    given: { value: "스냅", shape: { type: "string", maxBytes: 5 } },
    want: [{ path: "v", rule: "maxBytes", expected: 5 }],
  },
  {
    name: "names the allowed values of an enum",
    given: { value: "yaml", shape: { type: "string", enum: ["xml", "json"] } },
    want: [{ path: "v", rule: "enum", expected: "xml, json" }],
  },
  {
    name: "checks a string format",
    given: { value: "not a uri", shape: { type: "string", format: "uri" } },
    want: [{ path: "v", rule: "format", expected: "uri" }],
  },
  {
    name: "does not take a numeric string for an integer",
    given: { value: "5", shape: { type: "integer" } },
    want: [{ path: "v", rule: "type", expected: "integer" }],
  },
  {
    name: "does not take a number for a string id",
    given: { value: 1037123, shape: { type: "string" } },
    want: [{ path: "v", rule: "type", expected: "string" }],
  },
  {
    name: "rejects a fraction for an integer",
    given: { value: 1.5, shape: { type: "integer" } },
    want: [{ path: "v", rule: "type", expected: "integer" }],
  },
  {
    name: "rejects NaN",
    given: { value: Number.NaN, shape: { type: "number" } },
    want: [{ path: "v", rule: "type", expected: "finite number" }],
  },
  {
    name: "rejects Infinity for an integer",
    given: { value: Number.POSITIVE_INFINITY, shape: { type: "integer" } },
    want: [{ path: "v", rule: "type", expected: "finite integer" }],
  },
  {
    name: "rejects an integer that cannot be sent exactly",
    given: { value: 2 ** 60, shape: { type: "integer" } },
    want: [{ path: "v", rule: "range", expected: expect.stringContaining("safe integer") }],
  },
  {
    name: "checks minimum and maximum",
    given: { value: -1, shape: { type: "number", minimum: 0, maximum: 1 } },
    want: [{ path: "v", rule: "minimum", expected: 0 }],
  },
  {
    name: "checks a numeric enum",
    given: { value: 3, shape: { type: "integer", enum: [1, 2] } },
    want: [{ path: "v", rule: "enum", expected: "1, 2" }],
  },
  {
    name: "rejects a string for a boolean",
    given: { value: "true", shape: { type: "boolean" } },
    want: [{ path: "v", rule: "type", expected: "boolean" }],
  },
  {
    name: "accepts null where the schema is nullable",
    given: { value: null, shape: { type: "string", nullable: true } },
    want: [],
  },
  {
    name: "rejects null where the schema is not nullable",
    given: { value: null, shape: { type: "string" } },
    want: [{ path: "v", rule: "type", expected: "string" }],
  },
  {
    name: "accepts anything for an untyped schema",
    given: { value: { a: [1] }, shape: { type: "any" } },
    want: [],
  },
  {
    name: "checks list length and every item, naming the index",
    given: { value: [{ id: "1", size: 11 }, {}, { id: 2 }], shape: LIST },
    want: [
      { path: "v", rule: "maxItems", expected: 2 },
      { path: "v[0].size", rule: "maximum", expected: 10 },
      { path: "v[1].id", rule: "required" },
      { path: "v[2].id", rule: "type", expected: "string" },
    ],
  },
  {
    name: "rejects an empty list below minItems",
    given: { value: [], shape: LIST },
    want: [{ path: "v", rule: "minItems", expected: 1 }],
  },
  {
    name: "rejects an undefined list item",
    given: { value: [undefined], shape: { type: "array", items: { type: "string" } } },
    want: [{ path: "v[0]", rule: "type", expected: "string" }],
  },
  {
    name: "rejects a single value where a list is expected",
    given: { value: "a", shape: { type: "array", items: { type: "string" } } },
    want: [{ path: "v", rule: "type", expected: "array" }],
  },
  {
    name: "treats an undefined property as absent, so a required one is missing",
    given: { value: { id: undefined, size: undefined }, shape: { ref: "Item" } },
    want: [{ path: "v.id", rule: "required" }],
  },
  {
    name: "allows properties the schema does not name",
    given: { value: { id: "1", note: 5 }, shape: { ref: "Item" } },
    want: [],
  },
  {
    name: "does not mistake Object.prototype members for properties",
    given: { value: { id: "1", constructor: "x", toString: 1 }, shape: { ref: "Item" } },
    want: [],
  },
  {
    name: "checks every entry of a string map, quoting odd keys",
    given: { value: { env: "dev", "cost center": 42, team: "storage" }, shape: TAGS },
    want: [
      { path: 'v["cost center"]', rule: "type", expected: "string" },
      { path: "v.team", rule: "maxLength", expected: 3 },
    ],
  },
  {
    name: "rejects an array where an object is expected",
    given: { value: [], shape: TAGS },
    want: [{ path: "v", rule: "type", expected: "object" }],
  },
  {
    name: "rejects a class instance where a plain object is expected",
    given: { value: new Date(0), shape: TAGS },
    want: [{ path: "v", rule: "type", expected: "object" }],
  },
  { name: "accepts a union value that fits one alternative", given: { value: 7, shape: SCALAR }, want: [] },
  {
    name: "names every type of a union the value fits none of",
    given: { value: true, shape: SCALAR },
    want: [{ path: "v", rule: "type", expected: "string or integer" }],
  },
  {
    name: "explains a union of objects by the alternative the value went furthest into",
    given: { value: { domain: { id: "" } }, shape: SCOPE },
    want: [{ path: "v.domain.id", rule: "minLength", expected: 1 }],
  },
  {
    name: "explains an empty union object by its first alternative",
    given: { value: { project: {} }, shape: SCOPE },
    want: [{ path: "v.project.name", rule: "required" }],
  },
];

describe("checkValue", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(checkValue(given.value, given.shape, SHAPES, "v")).toEqual(want);
  });

  it("fails loudly on a reference the metadata does not define", () => {
    expect(() => checkValue("x", { ref: "Missing" }, SHAPES, "v")).toThrow(/Missing/);
  });
});
