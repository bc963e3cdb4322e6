import { describe, expect, it } from "vitest";
import { listViolations } from "../../src/core/validate";
import { APIS, operationOf } from "./support/apis";
import { firstViolation, type ParamsCase } from "./support/first-violation";

const NAME_PATTERN = "^[A-Za-z][A-Za-z0-9_-]{1,28}[A-Za-z0-9]$";
const SEARCH_PATTERN = "^(?!.*--)[a-z][a-z0-9-]{1,28}[a-z0-9]$";
const VOLUME = { originalBlockStorageInstanceNo: "20738542", regionCode: "KR" };

const blockStorage: ParamsCase[] = [
  { name: "accepts the required volume alone", given: VOLUME, want: "valid" },
  {
    name: "accepts a 3-character name",
    given: { ...VOLUME, blockStorageSnapshotName: "ab1" },
    want: "valid",
  },
  {
    name: "accepts a 30-character name",
    given: { ...VOLUME, blockStorageSnapshotName: `s${"n".repeat(28)}1` },
    want: "valid",
  },
  {
    name: "accepts an underscore inside a name",
    given: { ...VOLUME, blockStorageSnapshotName: "before_migration-01" },
    want: "valid",
  },
  {
    name: "rejects a 2-character name",
    given: { ...VOLUME, blockStorageSnapshotName: "ab" },
    want: { path: "blockStorageSnapshotName", rule: "minLength", expected: 3 },
  },
  {
    name: "rejects a 31-character name",
    given: { ...VOLUME, blockStorageSnapshotName: `s${"n".repeat(29)}1` },
    want: { path: "blockStorageSnapshotName", rule: "maxLength", expected: 30 },
  },
  {
    name: "rejects a name starting with a digit",
    given: { ...VOLUME, blockStorageSnapshotName: "1snapshot" },
    want: { path: "blockStorageSnapshotName", rule: "pattern", expected: NAME_PATTERN },
  },
  {
    name: "rejects a name ending with a hyphen",
    given: { ...VOLUME, blockStorageSnapshotName: "snapshot-" },
    want: { path: "blockStorageSnapshotName", rule: "pattern", expected: NAME_PATTERN },
  },
  {
    name: "rejects a name with a space",
    given: { ...VOLUME, blockStorageSnapshotName: "my snapshot" },
    want: { path: "blockStorageSnapshotName", rule: "pattern", expected: NAME_PATTERN },
  },
  {
    name: "rejects a missing volume number",
    given: { regionCode: "KR", blockStorageSnapshotName: "snap" },
    want: { path: "originalBlockStorageInstanceNo", rule: "required" },
  },
  {
    name: "rejects an unknown snapshot type",
    given: { ...VOLUME, snapshotTypeCode: "DIFF" },
    want: { path: "snapshotTypeCode", rule: "enum", expected: "FULL, INCREMENTAL" },
  },
  {
    name: "rejects a snapshot type in the wrong case",
    given: { ...VOLUME, snapshotTypeCode: "full" },
    want: { path: "snapshotTypeCode", rule: "enum", expected: "FULL, INCREMENTAL" },
  },
  {
    name: "rejects an unknown response format",
    given: { ...VOLUME, responseFormatType: "yaml" },
    want: { path: "responseFormatType", rule: "enum", expected: "xml, json" },
  },
];

const description = (text: string) => ({ ...VOLUME, blockStorageSnapshotDescription: text });
const TOO_MANY_BYTES = { path: "blockStorageSnapshotDescription", rule: "maxBytes", expected: 1000 };

const descriptionBytes: ParamsCase[] = [
  { name: "accepts 1000 ASCII characters", given: description("d".repeat(1000)), want: "valid" },
  {
    name: "rejects 1001 ASCII characters by length first",
    given: description("d".repeat(1001)),
    want: { path: "blockStorageSnapshotDescription", rule: "maxLength", expected: 1000 },
  },
  { name: "accepts 333 Hangul syllables (999 bytes)", given: description("설".repeat(333)), want: "valid" },
  {
    name: "rejects 334 Hangul syllables (1002 bytes)",
    given: description("설".repeat(334)),
    want: TOO_MANY_BYTES,
  },
  {
    name: "accepts 997 ASCII + one 3-byte character (1000 bytes)",
    given: description(`${"d".repeat(997)}설`),
    want: "valid",
  },
  {
    name: "rejects 998 ASCII + one 3-byte character (1001 bytes)",
    given: description(`${"d".repeat(998)}설`),
    want: TOO_MANY_BYTES,
  },
  {
    name: "accepts 500 two-byte characters (1000 bytes)",
    given: description("é".repeat(500)),
    want: "valid",
  },
  {
    name: "rejects 500 two-byte characters and one ASCII",
    given: description(`${"é".repeat(500)}.`),
    want: TOO_MANY_BYTES,
  },
  { name: "accepts 250 emoji (1000 bytes)", given: description("📸".repeat(250)), want: "valid" },
  {
    name: "rejects 251 emoji (1004 bytes, 251 characters)",
    given: description("📸".repeat(251)),
    want: TOO_MANY_BYTES,
  },
];

const searchEngineCases: ParamsCase[] = [
  ["accepts a plain name", "snap-01", "valid"],
  ["accepts 3 characters", "ab1", "valid"],
  ["accepts 30 characters", `s${"n".repeat(28)}1`, "valid"],
  ["rejects 2 characters", "ab", { rule: "minLength", expected: 3 }],
  ["rejects 31 characters", `s${"n".repeat(29)}1`, { rule: "maxLength", expected: 30 }],
  ["rejects an upper-case letter", "Snap-01", { rule: "pattern", expected: SEARCH_PATTERN }],
  ["rejects a double hyphen", "snap--01", { rule: "pattern", expected: SEARCH_PATTERN }],
  ["rejects a leading digit", "1snap", { rule: "pattern", expected: SEARCH_PATTERN }],
  ["rejects a trailing hyphen", "snap-", { rule: "pattern", expected: SEARCH_PATTERN }],
  ["rejects an underscore", "snap_01", { rule: "pattern", expected: SEARCH_PATTERN }],
].map(([name, snapshotName, want]) => ({
  name: String(name),
  given: { apiRegion: "v2", serviceGroupInstanceNo: "1037123", bucketName: "backups", snapshotName },
  want: typeof want === "string" ? "valid" : { path: "snapshotName", ...(want as object) },
})) as ParamsCase[];

describe("NCP block storage snapshot input", () => {
  it.each(blockStorage)("$name", ({ given, want }) => {
    expect(firstViolation("vserver", "createBlockStorageSnapshotInstance", given)).toEqual(want);
    expect(firstViolation("vserver", "createBlockStorageSnapshotInstanceViaGet", given)).toEqual(want);
  });

  it.each(descriptionBytes)("description: $name", ({ given, want }) => {
    expect(firstViolation("vserver", "createBlockStorageSnapshotInstance", given)).toEqual(want);
  });

  it("checks list filters item by item", () => {
    const operation = operationOf("vserver", "getBlockStorageSnapshotInstanceList");
    const given = { pageNo: 1.5, pageSize: -1, hypervisorTypeCodeList: ["XEN", "VMWARE"], isBootable: "yes" };
    expect(listViolations(operation, given, APIS.vserver.shapes)).toEqual([
      { path: "hypervisorTypeCodeList[1]", rule: "enum", expected: "XEN, KVM" },
      { path: "isBootable", rule: "type", expected: "boolean" },
      { path: "pageNo", rule: "type", expected: "integer" },
      { path: "pageSize", rule: "minimum", expected: 0 },
    ]);
  });
});

describe("NCP Search Engine snapshot name", () => {
  it.each(searchEngineCases)("$name", ({ given, want }) => {
    expect(firstViolation("searchEngine", "createSnapshot", given)).toEqual(want);
  });

  it.each<ParamsCase>([
    {
      name: "rejects an unknown API region",
      given: { apiRegion: "us-v2" },
      want: { path: "apiRegion", rule: "enum", expected: "v2, sgn-v2, jpn-v2, krs-v2" },
    },
    {
      name: "rejects a service group number given as a number",
      given: { serviceGroupInstanceNo: 1037123 },
      want: { path: "serviceGroupInstanceNo", rule: "type", expected: "string" },
    },
    {
      name: "rejects a missing snapshot name",
      given: { snapshotName: undefined },
      want: { path: "snapshotName", rule: "required" },
    },
  ])("$name", ({ given, want }) => {
    const base = {
      apiRegion: "v2",
      serviceGroupInstanceNo: "1037123",
      bucketName: "b",
      snapshotName: "snap",
    };
    expect(firstViolation("searchEngine", "createSnapshot", { ...base, ...given })).toEqual(want);
  });
});

describe("NCP Classic NAS snapshot input", () => {
  it.each<ParamsCase>([
    { name: "accepts the volume number", given: { nasVolumeInstanceNo: "0012345" }, want: "valid" },
    {
      name: "rejects a missing volume number",
      given: {},
      want: { path: "nasVolumeInstanceNo", rule: "required" },
    },
    {
      name: "rejects an empty volume number",
      given: { nasVolumeInstanceNo: "" },
      want: { path: "nasVolumeInstanceNo", rule: "minLength", expected: 1 },
    },
    {
      name: "rejects a volume number given as a number (it would lose leading zeros)",
      given: { nasVolumeInstanceNo: 12345 },
      want: { path: "nasVolumeInstanceNo", rule: "type", expected: "string" },
    },
    {
      name: "rejects a response format in the wrong case",
      given: { nasVolumeInstanceNo: "1", responseFormatType: "XML" },
      want: { path: "responseFormatType", rule: "enum", expected: "xml, json" },
    },
    {
      name: "rejects a mistyped field name and names the one meant",
      given: { nasVolumeInstanceNO: "1" },
      want: {
        path: "nasVolumeInstanceNO",
        rule: "unknownField",
        expected: "a known field; did you mean nasVolumeInstanceNo?",
      },
    },
  ])("$name", ({ given, want }) => {
    expect(firstViolation("classicNas", "createNasVolumeSnapshot", given)).toEqual(want);
    expect(firstViolation("classicNas", "createNasVolumeSnapshotViaGet", given)).toEqual(want);
  });
});
