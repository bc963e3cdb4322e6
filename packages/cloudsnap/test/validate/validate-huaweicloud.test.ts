import { describe, expect, it } from "vitest";
import { firstViolation, type ParamsCase } from "./support/first-violation";

const snapshot = (fields: Record<string, unknown>) => ({
  project_id: "0a1b2c3d4e5f",
  snapshot: { volume_id: "2c6b4f4e-0d6e-4d4b-9d3e-1f2a3b4c5d6e", ...fields },
});

const createSnapshot: ParamsCase[] = [
  { name: "accepts the volume id alone", given: snapshot({}), want: "valid" },
  { name: "accepts a 64-character name", given: snapshot({ name: "n".repeat(64) }), want: "valid" },
  {
    name: "accepts 64 multi-byte characters (the limit is in characters)",
    given: snapshot({ name: "快".repeat(64) }),
    want: "valid",
  },
  {
    name: "rejects a 65-character name",
    given: snapshot({ name: "n".repeat(65) }),
    want: { path: "snapshot.name", rule: "maxLength", expected: 64 },
  },
  {
    name: "rejects a name reserved for the backup service",
    given: snapshot({ name: "autobk_snapshot_2024" }),
    want: { path: "snapshot.name", rule: "pattern", expected: "^(?!autobk_snapshot_)" },
  },
  {
    name: "accepts the reserved prefix later in a name",
    given: snapshot({ name: "my_autobk_snapshot_1" }),
    want: "valid",
  },
  {
    name: "accepts the prefix without its last underscore",
    given: snapshot({ name: "autobk_snapshot" }),
    want: "valid",
  },
  {
    name: "rejects an empty name",
    given: snapshot({ name: "" }),
    want: { path: "snapshot.name", rule: "minLength", expected: 1 },
  },
  {
    name: "accepts an 85-character description",
    given: snapshot({ description: "d".repeat(85) }),
    want: "valid",
  },
  {
    name: "rejects an 86-character description",
    given: snapshot({ description: "d".repeat(86) }),
    want: { path: "snapshot.description", rule: "maxLength", expected: 85 },
  },
  {
    name: "rejects a missing volume id",
    given: { project_id: "p", snapshot: { name: "snap" } },
    want: { path: "snapshot.volume_id", rule: "required" },
  },
  {
    name: "rejects a missing snapshot object",
    given: { project_id: "p" },
    want: { path: "snapshot", rule: "required" },
  },
  {
    name: "rejects a snapshot given as a string",
    given: { project_id: "p", snapshot: "vol-1" },
    want: { path: "snapshot", rule: "type", expected: "object" },
  },
  {
    name: "accepts string tags",
    given: snapshot({ tags: { env: "prod", "cost-center": "42" } }),
    want: "valid",
  },
  {
    name: "rejects a tag value that is not a string",
    given: snapshot({ tags: { env: "prod", tier: 1 } }),
    want: { path: "snapshot.tags.tier", rule: "type", expected: "string" },
  },
  {
    name: "rejects tags given as a list",
    given: snapshot({ tags: ["env=prod"] }),
    want: { path: "snapshot.tags", rule: "type", expected: "object" },
  },
  {
    name: "rejects a flag given as text",
    given: snapshot({ incremental: "false" }),
    want: { path: "snapshot.incremental", rule: "type", expected: "boolean" },
  },
  {
    name: "rejects an empty project id",
    given: { ...snapshot({}), project_id: "" },
    want: { path: "project_id", rule: "minLength", expected: 1 },
  },
  {
    name: "rejects the camelCase spelling of the body and names the one meant",
    given: { project_id: "p", Snapshot: { volume_id: "v" } },
    want: { path: "Snapshot", rule: "unknownField", expected: "a known field; did you mean snapshot?" },
  },
];

describe("Huawei Cloud EVS createSnapshot input", () => {
  it.each(createSnapshot)("$name", ({ given, want }) => {
    expect(firstViolation("evs", "createSnapshot", given)).toEqual(want);
  });

  it.each<ParamsCase>([
    { name: "accepts a page of 1000", given: { limit: 1000, sort_dir: "asc" }, want: "valid" },
    {
      name: "rejects a page of 0",
      given: { limit: 0 },
      want: { path: "limit", rule: "minimum", expected: 1 },
    },
    {
      name: "rejects a page of 1001",
      given: { limit: 1001 },
      want: { path: "limit", rule: "maximum", expected: 1000 },
    },
    {
      name: "rejects an unknown sort direction",
      given: { sort_dir: "up" },
      want: { path: "sort_dir", rule: "enum", expected: "asc, desc" },
    },
    {
      name: "rejects a missing project id",
      given: { project_id: undefined },
      want: { path: "project_id", rule: "required" },
    },
  ])("listSnapshots $name", ({ given, want }) => {
    expect(firstViolation("evs", "listSnapshots", { project_id: "p", ...given })).toEqual(want);
  });
});

describe("Huawei Cloud IAM createToken input", () => {
  const identity = {
    methods: ["password"],
    password: { user: { name: "ops", password: "not-shown", domain: { name: "acme" } } },
  };
  it.each<ParamsCase>([
    { name: "accepts a project scope by name", given: { project: { name: "cn-north-4" } }, want: "valid" },
    { name: "accepts a domain scope by id", given: { domain: { id: "d1" } }, want: "valid" },
    {
      name: "explains a scope by the form the caller started",
      given: { domain: {} },
      want: { path: "auth.scope.domain.name", rule: "required" },
    },
    {
      name: "explains an empty project id inside the project form",
      given: { project: { id: "" } },
      want: { path: "auth.scope.project.id", rule: "minLength", expected: 1 },
    },
  ])("$name", ({ given, want }) => {
    expect(firstViolation("iam", "createToken", { auth: { identity, scope: given } })).toEqual(want);
  });

  it("rejects a second authentication method", () => {
    const auth = {
      identity: { ...identity, methods: ["password", "token"] },
      scope: { domain: { name: "a" } },
    };
    expect(firstViolation("iam", "createToken", { auth })).toEqual({
      path: "auth.identity.methods",
      rule: "maxItems",
      expected: 1,
    });
  });
});
