import { describe, expect, it } from "vitest";
import { firstViolation, type ParamsCase } from "./support/first-violation";

const VOLUME = "e60a0fb0b75743c1b0fcb017e31db043";
const create = (params: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  volumeUuid: VOLUME,
  params: { name: "Snapshot-1", ...params },
  ...extra,
});
const HEX32 = "^[0-9a-f]{32}$";

const createVolumeSnapshot: ParamsCase[] = [
  { name: "accepts the name alone", given: create({}), want: "valid" },
  { name: "accepts an empty name (the spec sets no minimum)", given: create({ name: "" }), want: "valid" },
  { name: "accepts a 255-character name", given: create({ name: "n".repeat(255) }), want: "valid" },
  {
    name: "rejects a 256-character name",
    given: create({ name: "n".repeat(256) }),
    want: { path: "params.name", rule: "maxLength", expected: 255 },
  },
  {
    name: "accepts a 2048-character description",
    given: create({ description: "d".repeat(2048) }),
    want: "valid",
  },
  {
    name: "rejects a 2049-character description",
    given: create({ description: "d".repeat(2049) }),
    want: { path: "params.description", rule: "maxLength", expected: 2048 },
  },
  {
    name: "rejects a missing name",
    given: { volumeUuid: VOLUME, params: { description: "x" } },
    want: { path: "params.name", rule: "required" },
  },
  {
    name: "rejects missing params",
    given: { volumeUuid: VOLUME },
    want: { path: "params", rule: "required" },
  },
  {
    name: "rejects a missing volume",
    given: { params: { name: "s" } },
    want: { path: "volumeUuid", rule: "required" },
  },
  {
    name: "rejects a dashed volume UUID",
    given: create({}, { volumeUuid: "e60a0fb0-b757-43c1-b0fc-b017e31db043" }),
    want: { path: "volumeUuid", rule: "pattern", expected: HEX32 },
  },
  {
    name: "rejects a malformed tag UUID, naming its index",
    given: create({ tagUuids: [VOLUME, "zz"] }),
    want: { path: "params.tagUuids[1]", rule: "pattern", expected: HEX32 },
  },
  {
    name: "rejects a job timeout of 0 seconds",
    given: create({}, { "X-API-Timeout": 0 }),
    want: { path: "X-API-Timeout", rule: "minimum", expected: 1 },
  },
  {
    name: "rejects a fractional job timeout",
    given: create({}, { "X-API-Timeout": 1.5 }),
    want: { path: "X-API-Timeout", rule: "type", expected: "integer" },
  },
  {
    name: "rejects a web hook that is not a URL",
    given: create({}, { "X-Web-Hook": "callback" }),
    want: { path: "X-Web-Hook", rule: "format", expected: "uri" },
  },
  {
    name: "rejects system tags given as one string",
    given: create({}, { systemTags: "a::b" }),
    want: { path: "systemTags", rule: "type", expected: "array" },
  },
  {
    name: "rejects a lower-case header name and names the one meant",
    given: create({}, { "x-job-uuid": VOLUME }),
    want: { path: "x-job-uuid", rule: "unknownField", expected: "a known field; did you mean X-Job-UUID?" },
  },
];

describe("ZStack createVolumeSnapshot input", () => {
  it.each(createVolumeSnapshot)("$name", ({ given, want }) => {
    expect(firstViolation("volumeSnapshots", "createVolumeSnapshot", given)).toEqual(want);
  });
});

describe("ZStack logInByAccount input", () => {
  it.each<ParamsCase>([
    {
      name: "accepts a SHA-512 hex password",
      given: { logInByAccount: { accountName: "admin", password: "a".repeat(128) } },
      want: "valid",
    },
    {
      name: "rejects a plain-text password",
      given: { logInByAccount: { accountName: "admin", password: "password" } },
      want: { path: "logInByAccount.password", rule: "pattern", expected: "^[0-9a-f]{128}$" },
    },
    {
      name: "rejects a missing password",
      given: { logInByAccount: { accountName: "admin" } },
      want: { path: "logInByAccount.password", rule: "required" },
    },
  ])("$name", ({ given, want }) => {
    expect(firstViolation("volumeSnapshots", "logInByAccount", given)).toEqual(want);
  });
});
