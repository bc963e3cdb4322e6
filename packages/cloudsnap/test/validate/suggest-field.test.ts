import { describe, expect, it } from "vitest";
import { editDistance, suggestField } from "../../src/core/suggest-field";

const NAS = ["nasVolumeInstanceNo", "responseFormatType"];
const ZSTACK = [
  "volumeUuid",
  "X-Job-UUID",
  "X-API-Timeout",
  "X-Web-Hook",
  "params",
  "systemTags",
  "userTags",
];
const LIST = ["blockStorageSnapshotInstanceNoList", "blockStorageSnapshotName", "pageNo", "pageSize"];

const cases: { name: string; given: { name: string; known: string[] }; want: string | undefined }[] = [
  { name: "fixes the case of a letter", given: { name: "nasVolumeInstanceNO", known: NAS }, want: NAS[0] },
  { name: "fixes a dropped letter", given: { name: "nasVolumeInstanceN", known: NAS }, want: NAS[0] },
  { name: "fixes swapped letters", given: { name: "respnoseFormatType", known: NAS }, want: NAS[1] },
  { name: "maps camelCase to a header name", given: { name: "xJobUuid", known: ZSTACK }, want: "X-Job-UUID" },
  {
    name: "maps a lower-case header name",
    given: { name: "x-api-timeout", known: ZSTACK },
    want: "X-API-Timeout",
  },
  { name: "fixes a singular for a plural", given: { name: "param", known: ZSTACK }, want: "params" },
  {
    name: "names the list for NCP's wire form of an item",
    given: { name: "blockStorageSnapshotInstanceNoList.1", known: LIST },
    want: "blockStorageSnapshotInstanceNoList",
  },
  {
    name: "prefers the nearest of two close names",
    given: { name: "pageSiz", known: LIST },
    want: "pageSize",
  },
  {
    name: "suggests nothing for an unrelated name",
    given: { name: "snapshotName", known: NAS },
    want: undefined,
  },
  { name: "suggests nothing when no fields exist", given: { name: "name", known: [] }, want: undefined },
  { name: "does not guess between short names", given: { name: "id", known: ["q", "ip"] }, want: undefined },
];

describe("suggestField", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(suggestField(given.name, given.known)).toBe(want);
  });
});

describe("editDistance", () => {
  it.each([
    { given: ["", ""], want: 0 },
    { given: ["abc", ""], want: 3 },
    { given: ["kitten", "sitting"], want: 3 },
    { given: ["ab", "ba"], want: 1 },
    { given: ["volumeid", "volumeid"], want: 0 },
  ])("distance($given) = $want", ({ given: [a = "", b = ""], want }) => {
    expect(editDistance(a, b)).toBe(want);
    expect(editDistance(b, a)).toBe(want);
  });
});
