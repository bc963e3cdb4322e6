import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors";
import type { SnapshotAdapter } from "../../src/core/snapshot";
import {
  ADAPTERS,
  formatTarget,
  parseTarget,
  type Target,
  targetKinds,
  toTarget,
} from "../../src/unified/targets";

const VALID: readonly [string, Target][] = [
  ["ncloud-nas:1234567", { api: "ncloud-nas", volumeId: "1234567" }],
  ["ncloud-nas:1234567?site=gov", { api: "ncloud-nas", volumeId: "1234567", site: "gov" }],
  ["ncloud-vpc:20803168", { api: "ncloud-vpc", volumeId: "20803168" }],
  [
    "ncloud-vpc:20803168?region=SGN&type=INCREMENTAL",
    { api: "ncloud-vpc", volumeId: "20803168", region: "SGN", type: "INCREMENTAL" },
  ],
  [
    "ncloud-ses:1037123?bucket=es-snapshots",
    { api: "ncloud-ses", volumeId: "1037123", bucket: "es-snapshots" },
  ],
  [
    "ncloud-ses:1037123?region=JPN&bucket=es.snap-1",
    { api: "ncloud-ses", volumeId: "1037123", bucket: "es.snap-1", region: "JPN" },
  ],
  [
    "huaweicloud-evs:6d2c1f4e-8b7a-4c3d-9e0f-1a2b3c4d5e6f",
    { api: "huaweicloud-evs", volumeId: "6d2c1f4e-8b7a-4c3d-9e0f-1a2b3c4d5e6f" },
  ],
  [
    "huaweicloud-evs:6d2c1f4e-8b7a-4c3d-9e0f-1a2b3c4d5e6f?region=ap-southeast-1&project=0123456789abcdef0123456789abcdef",
    {
      api: "huaweicloud-evs",
      volumeId: "6d2c1f4e-8b7a-4c3d-9e0f-1a2b3c4d5e6f",
      region: "ap-southeast-1",
      project: "0123456789abcdef0123456789abcdef",
    },
  ],
  [
    "zstack:e60a0fb0b75743c1b0fcb017e31db043",
    { api: "zstack", volumeId: "e60a0fb0b75743c1b0fcb017e31db043" },
  ],
  [
    "  zstack:e60a0fb0b75743c1b0fcb017e31db043\n",
    { api: "zstack", volumeId: "e60a0fb0b75743c1b0fcb017e31db043" },
  ],
  ["ncloud-vpc:20803168?region=%4BR", { api: "ncloud-vpc", volumeId: "20803168", region: "KR" }],
];

describe("parseTarget", () => {
  it.each(VALID)("parses %s", (text, expected) => {
    expect(parseTarget(text)).toStrictEqual(expected);
  });

  it.each(VALID)("formats %s back to a string that parses to the same target", (text, expected) => {
    const formatted = formatTarget(parseTarget(text));
    expect(parseTarget(formatted)).toStrictEqual(expected);
    expect(formatted).not.toMatch(/\s/);
  });

  const MALFORMED: readonly [string, string, RegExp][] = [
    ["", "empty", /the target is empty/],
    ["   ", "blank", /the target is empty/],
    [
      "20803168",
      "no kind",
      /unknown target kind "20803168".*expected one of ncloud-nas, ncloud-vpc, ncloud-ses, huaweicloud-evs, zstack/,
    ],
    ["aws-ebs:vol-1", "unknown kind", /unknown target kind "aws-ebs"/],
    ["ncloud-vps:20803168", "typo in the kind", /did you mean ncloud-vpc\?/],
    [
      "ncloud-vpc:",
      "no volume",
      /the originalBlockStorageInstanceNo is missing.*Expected ncloud-vpc:<originalBlockStorageInstanceNo>/,
    ],
    [
      "ncloud-vpc:vol-1",
      "non-numeric NCP volume",
      /must be an instance number \(digits\).*e\.g\. ncloud-vpc:20803168/,
    ],
    ["ncloud-nas:12/34", "slash in the volume", /nasVolumeInstanceNo must be an instance number/],
    [
      "ncloud-ses:1037123",
      "SES without its bucket",
      /ncloud-ses needs the setting bucket.*Expected ncloud-ses:<serviceGroupInstanceNo>\?bucket=<bucket>/,
    ],
    ["ncloud-ses:1037123?bucket=A_B", "bad bucket", /the setting bucket must be/],
    ["ncloud-vpc:20803168?type=DIFF", "bad enum", /type must be one of FULL, INCREMENTAL/],
    ["ncloud-vpc:20803168?regoin=KR", "unknown setting", /has no setting "regoin" \(did you mean region\?\)/],
    ["ncloud-vpc:20803168?region=KR&region=JPN", "duplicate setting", /region is given twice/],
    ["ncloud-vpc:20803168?region", "setting without a value", /name=value/],
    ["ncloud-vpc:20803168?&region=KR", "empty setting", /name=value/],
    ["ncloud-vpc:20803168?region=%E0%A4%A", "bad percent-encoding", /malformed percent-encoding/],
    ["zstack:E60A0FB0B75743C1B0FCB017E31DB043", "upper-case UUID", /32 lower-case hex digits/],
    ["zstack:e60a0fb0-b757-43c1-b0fc-b017e31db043", "dashed UUID", /32 lower-case hex digits/],
    [
      "zstack:e60a0fb0b75743c1b0fcb017e31db043?region=x",
      "setting on a kind without any",
      /it takes no settings/,
    ],
    ["huaweicloud-evs:../../x", "path traversal in the volume", /volume_id must be a disk id/],
    ["huaweicloud-evs:abc?project=..", "path traversal in a setting", /project must be/],
    ["huaweicloud-evs:abc?region=CN-NORTH-4", "upper-case region", /region must be/],
    ["ncloud-nas:1234567?site=moon", "unknown site", /site must be one of public, gov, fin/],
    [`zstack:${"a".repeat(3000)}`, "too long", /longer than 2048 characters/],
  ];

  it.each(MALFORMED)(
    "refuses %j (%s) with a ValidationError that shows the expected form",
    (text, _why, message) => {
      let caught: unknown;
      try {
        parseTarget(text);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).operation).toBe("parseTarget");
      expect((caught as Error).message).toMatch(message);
    },
  );

  it.each([undefined, null, 42, {}, ["ncloud-vpc:1"]])("refuses a non-string %j", (value) => {
    expect(() => parseTarget(value as never)).toThrow(ValidationError);
  });
});

describe("toTarget (the object form)", () => {
  it("accepts a typed object and returns a fresh checked copy", () => {
    const given: Target = { api: "ncloud-vpc", volumeId: "20803168", region: "KR" };
    const checked = toTarget(given);
    expect(checked).toStrictEqual(given);
    expect(checked).not.toBe(given);
  });

  it.each([
    [{ api: "ncloud-vpc" }, /originalBlockStorageInstanceNo is missing/, "target.volumeId"],
    [
      { api: "ncloud-vpc", volumeId: 20803168 },
      /originalBlockStorageInstanceNo is missing/,
      "target.volumeId",
    ],
    [{ api: "ncloud-ses", volumeId: "1037123" }, /needs the setting bucket/, "target.bucket"],
    [
      { api: "zstack", volumeId: "e60a0fb0b75743c1b0fcb017e31db043", volumeUuid: "x" },
      /has no setting "volumeUuid"/,
      "target.volumeUuid",
    ],
    [{ api: "gcp", volumeId: "1" }, /unknown target kind "gcp"/, "target"],
    [{ api: "ncloud-vpc", volumeId: "1", region: 7 }, /region must be/, "target.region"],
  ])("refuses %j", (value, message, path) => {
    let caught: unknown;
    try {
      toTarget(value);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as ValidationError).path).toBe(path);
  });

  it("reads own properties only: an inherited api or volume does not count", () => {
    const inherited = Object.create({ api: "ncloud-vpc", volumeId: "20803168" }) as Target;
    expect(() => toTarget(inherited)).toThrow(ValidationError);
  });
});

describe("targetKinds", () => {
  it("lists the five kinds with their forms and an example that parses", () => {
    const kinds = targetKinds();
    expect(kinds.map((kind) => kind.api)).toStrictEqual([
      "ncloud-nas",
      "ncloud-vpc",
      "ncloud-ses",
      "huaweicloud-evs",
      "zstack",
    ]);
    expect(kinds.map((kind) => kind.form)).toStrictEqual([
      "ncloud-nas:<nasVolumeInstanceNo>[?site=public|gov|fin]",
      "ncloud-vpc:<originalBlockStorageInstanceNo>[?region=<region>][&type=FULL|INCREMENTAL][&site=public|gov|fin]",
      "ncloud-ses:<serviceGroupInstanceNo>?bucket=<bucket>[&region=KR|SGN|JPN|KRS][&site=public|gov|fin]",
      "huaweicloud-evs:<volume_id>[?region=<region>][&project=<project>]",
      "zstack:<volumeUuid>",
    ]);
    for (const kind of kinds) expect(parseTarget(kind.example).api).toBe(kind.api);
  });
});

describe("default names", () => {
  const AT = new Date("2026-12-05T18:15:13.999Z");
  it.each([
    ["ncloud-vpc:20803168", "snap-20803168-20261205-181513", /^[A-Za-z][A-Za-z0-9_-]{1,28}[A-Za-z0-9]$/],
    [
      "ncloud-vpc:12345678901234567890",
      "snap-234567890-20261205-181513",
      /^[A-Za-z][A-Za-z0-9_-]{1,28}[A-Za-z0-9]$/,
    ],
    [
      "ncloud-ses:1037123?bucket=b12",
      "snap-1037123-20261205-181513",
      /^(?!.*--)[a-z][a-z0-9-]{1,28}[a-z0-9]$/,
    ],
    [
      "ncloud-ses:99999999999999999999?bucket=b12",
      "snap-999999999-20261205-181513",
      /^(?!.*--)[a-z][a-z0-9-]{1,28}[a-z0-9]$/,
    ],
    [
      "huaweicloud-evs:6d2c1f4e-8b7a-4c3d-9e0f-1a2b3c4d5e6f",
      "6d2c1f4e-8b7a-4c3d-9e0f-1a2b3c4d5e6f-20261205-181513",
      /^(?!autobk_snapshot_).{1,64}$/,
    ],
    [
      "zstack:e60a0fb0b75743c1b0fcb017e31db043",
      "e60a0fb0b75743c1b0fcb017e31db043-20261205-181513",
      /^.{1,255}$/,
    ],
  ])("%s → %s, within the API's rules", (text, name, rule) => {
    const target = parseTarget(text);
    const adapter = ADAPTERS[target.api] as SnapshotAdapter<Target, unknown>;
    expect(adapter.defaultName(target, AT)).toBe(name);
    expect(name).toMatch(rule);
  });

  it("Classic NAS has no default: the service names its snapshots", () => {
    expect(ADAPTERS["ncloud-nas"].defaultName(parseTarget("ncloud-nas:1") as never, AT)).toBeUndefined();
  });
});
