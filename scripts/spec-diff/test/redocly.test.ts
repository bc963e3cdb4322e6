import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { describeChange } from "../describe-change";
import { parseReport } from "../diff-report";
import { diffSpecs } from "../redocly";

interface Param {
  name: string;
  in: string;
  required?: boolean;
  schema: Record<string, unknown>;
}
interface Things {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: { Thing: { properties: Record<string, Record<string, unknown>> } } };
}

const BASE = await readFile(join(import.meta.dirname, "fixtures", "things.yaml"), "utf8");
const thing = (doc: Things) => doc.paths["/v1/things/{id}"] as Record<string, Record<string, unknown>>;
const params = (doc: Things) => thing(doc).get?.parameters as Param[];
const param = (doc: Things, name: string) => params(doc).find((p) => p.name === name) as Param;
const body = (doc: Things) =>
  (thing(doc).post as { requestBody: { content: Record<string, { schema: Record<string, unknown> }> } })
    .requestBody.content["application/json"]?.schema as {
    required: string[];
    properties: Record<string, Record<string, unknown>>;
  };
const responses = (doc: Things) =>
  thing(doc).get?.responses as Record<string, { content: Record<string, unknown> }>;

// The ratings spec:diff relies on, pinned against the real Redocly so an upgrade that changes them fails here.
const CASES: { name: string; edit: (doc: Things) => void; breaking: boolean }[] = [
  { name: "an operation removed", edit: (d) => delete thing(d).post, breaking: true },
  { name: "a path removed", edit: (d) => delete d.paths["/v1/other"], breaking: true },
  { name: "a response status removed", edit: (d) => delete responses(d)["404"], breaking: true },
  {
    name: "a media type removed",
    edit: (d) => delete responses(d)["200"]?.content["application/xml"],
    breaking: true,
  },
  {
    name: "a required query parameter added",
    edit: (d) => params(d).push({ name: "lang", in: "query", required: true, schema: { type: "string" } }),
    breaking: true,
  },
  { name: "a parameter made required", edit: (d) => (param(d, "verbose").required = true), breaking: true },
  {
    name: "a request body property made required",
    edit: (d) => body(d).required.push("size"),
    breaking: true,
  },
  {
    name: "a property type changed",
    edit: (d) => ((body(d).properties.size ?? {}).type = "string"),
    breaking: true,
  },
  {
    name: "a request enum value removed",
    edit: (d) => (param(d, "kind").schema.enum = ["a", "b"]),
    breaking: true,
  },
  { name: "maxLength lowered", edit: (d) => (param(d, "label").schema.maxLength = 32), breaking: true },
  { name: "minLength raised", edit: (d) => (param(d, "label").schema.minLength = 3), breaking: true },
  { name: "a pattern added", edit: (d) => (param(d, "label").schema.pattern = "^[a-z]+$"), breaking: true },
  {
    name: "a response property removed",
    edit: (d) => delete d.components.schemas.Thing.properties.state,
    breaking: true,
  },
  {
    name: "an optional query parameter added",
    edit: (d) => params(d).push({ name: "lang", in: "query", schema: { type: "string" } }),
    breaking: false,
  },
  {
    name: "an operation added",
    edit: (d) => {
      d.paths["/v1/gadgets"] = {
        get: { operationId: "listGadgets", summary: "List", responses: { "200": { description: "OK" } } },
      };
    },
    breaking: false,
  },
  {
    name: "an optional body property added",
    edit: (d) => (body(d).properties.note = { type: "string" }),
    breaking: false,
  },
  {
    name: "a response property added",
    edit: (d) => (d.components.schemas.Thing.properties.extra = { type: "string" }),
    breaking: false,
  },
  {
    name: "a request enum value added",
    edit: (d) => (param(d, "kind").schema.enum = ["a", "b", "c", "d"]),
    breaking: false,
  },
  {
    name: "a summary reworded",
    edit: (d) => ((thing(d).get ?? {}).summary = "Show a thing"),
    breaking: false,
  },
];

// Each case starts redocly (a Node process of a few hundred ms); run side by side on a busy 2-core
// machine they queue for the CPU, so the bound is generous. It bounds a hang; it times nothing.
describe("diffSpecs (redocly diff)", { timeout: 60_000 }, () => {
  it.concurrent.each(CASES)("rates $name as breaking: $breaking", async ({ edit, breaking }) => {
    const doc = parse(BASE) as Things;
    edit(doc);
    const lines = (await diffSpecs("specs/things/things.yaml", BASE, stringify(doc))).flatMap(describeChange);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((l) => l.breaking)).toBe(breaking);
  });

  it("reports nothing for the same document", async () => {
    expect(await diffSpecs("specs/things/things.yaml", BASE, BASE)).toEqual([]);
  });

  it("names the parameter and the rule in the report lines", async () => {
    const doc = parse(BASE) as Things;
    param(doc, "verbose").required = true;
    params(doc).push({ name: "lang", in: "query", schema: { type: "string" } });
    const lines = (await diffSpecs("specs/things/things.yaml", BASE, stringify(doc))).flatMap(describeChange);
    expect(lines.map((l) => `${l.breaking ? "B" : "-"} ${l.where}: ${l.text}`)).toEqual([
      "B GET /v1/things/{id}: `verbose` query parameter became required. [parameter-became-required]",
      "- GET /v1/things/{id}: added optional query parameter `lang`",
    ]);
  });
});

describe("parseReport", () => {
  it("refuses a report format it does not know instead of reporting no changes", () => {
    expect(() => parseReport({ reportVersion: "2", changes: [] }, "x.yaml")).toThrow(
      /unknown reportVersion 2/,
    );
    const change = { path: "#/paths", typeName: "PathItem", kind: "added", impact: "huge", verdicts: [] };
    expect(() => parseReport({ reportVersion: "1", changes: [change] }, "x.yaml")).toThrow(
      /unknown impact huge/,
    );
  });
});
