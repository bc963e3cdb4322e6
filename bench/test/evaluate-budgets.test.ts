import { describe, expect, it } from "vitest";
import type { BundleRow } from "../bundle/measure-bundles";
import { describeLoaderShare, evaluateBrowserBundle, evaluateColdImport } from "../check/evaluate-budgets";
import type { ColdImportRow } from "../cold-import/measure-cold-import";
import { PROVIDERS } from "../lib/entries";

const SETTINGS = { initialChunkGzipBytes: 10 * 1024, coldImportMarginMs: 25, coldImportTargetMs: 10 };
const [ncloud, huawei] = PROVIDERS;
const target = {
  entry: "cloudsnap/huaweicloud",
  importName: "createHuaweiCloudClient",
  platform: "browser",
} as const;
const built = (initialGzip: number, fastXmlParserInInitial: boolean): BundleRow => ({
  ...target,
  status: "built",
  initialGzip,
  lazyGzip: 0,
  lazyChunks: 0,
  fastXmlParserInInitial,
});

describe("evaluateBrowserBundle", () => {
  it("enforces a provider's CI budget instead of the target when one is set, and shows both", () => {
    const settings = { ...SETTINGS, initialChunkCiGzipBytes: { huaweicloud: 18 * 1024 } };
    const [, under] = evaluateBrowserBundle(huawei, built(18 * 1024, false), settings);
    const [, over] = evaluateBrowserBundle(huawei, built(18 * 1024 + 1, false), settings);
    expect(under).toMatchObject({ result: "PASS", budget: "≤ 18.0 KB (CI budget; target 10.0 KB)" });
    expect(over?.result).toBe("FAIL");
  });

  const cases: { name: string; given: BundleRow; want: string[] }[] = [
    { name: "passes a small JSON-only bundle", given: built(6_000, false), want: ["PASS", "PASS", "PASS"] },
    {
      name: "fails an initial chunk over 10 KB",
      given: built(10 * 1024 + 1, false),
      want: ["PASS", "FAIL", "PASS"],
    },
    {
      name: "fails fast-xml-parser in the initial chunk",
      given: built(6_000, true),
      want: ["PASS", "PASS", "FAIL"],
    },
    {
      name: "fails every check of a bundle that does not build",
      given: { ...target, status: "fails", reason: 'fails: Could not resolve "node:fs/promises"' },
      want: ["FAIL", "FAIL", "FAIL"],
    },
  ];
  for (const { name, given, want } of cases) {
    it(name, () => {
      if (!huawei) throw new Error("no provider");
      expect(evaluateBrowserBundle(huawei, given, SETTINGS).map((row) => row.result)).toEqual(want);
    });
  }

  it("only reports NCP (JSON + XML), never fails on it", () => {
    if (!ncloud) throw new Error("no provider");
    const rows = evaluateBrowserBundle(ncloud, built(40_000, true), SETTINGS);
    expect(rows.map((row) => row.result)).toEqual(["info"]);
  });

  it("names the build error", () => {
    if (!huawei) throw new Error("no provider");
    const [builds] = evaluateBrowserBundle(
      huawei,
      { ...target, status: "fails", reason: "fails: boom" },
      SETTINGS,
    );
    expect(builds?.measured).toBe("fails: boom");
  });
});

describe("evaluateColdImport", () => {
  const measured = (label: string, overBareMs: number): ColdImportRow => ({
    label,
    specifier: label,
    args: [],
    status: "measured",
    summary: { median: 60 + overBareMs, p25: 0, p75: 0, rounds: 15 },
    overBareMs,
  });
  const cases = [
    { name: "passes an entry within the margin", given: measured("cloudsnap/zstack", 24.9), want: "PASS" },
    { name: "fails an entry over the margin", given: measured("cloudsnap/zstack", 25.1), want: "FAIL" },
    {
      name: "fails an entry that does not exist",
      given: {
        label: "cloudsnap/zstack",
        args: [],
        status: "n/a",
        reason: "n/a (no such export)",
      } as ColdImportRow,
      want: "FAIL",
    },
  ];
  for (const { name, given, want } of cases) {
    it(name, () => expect(evaluateColdImport(given, undefined, SETTINGS).result).toBe(want));
  }

  it("shows the root entry beside a missing per-provider entry", () => {
    const missing = {
      label: "cloudsnap/zstack",
      args: [],
      status: "n/a",
      reason: "n/a (no such export)",
    } as const;
    expect(evaluateColdImport(missing, measured("cloudsnap", 52.94), SETTINGS).measured).toBe(
      'n/a (no such export); "cloudsnap" takes +52.9 ms',
    );
  });

  it("takes the margin from the settings", () =>
    expect(
      evaluateColdImport(measured("cloudsnap/zstack", 30), undefined, { ...SETTINGS, coldImportMarginMs: 40 })
        .result,
    ).toBe("PASS"));
});

describe("describeLoaderShare", () => {
  it("reports the empty module's import for information only", () => {
    const row: ColdImportRow = {
      label: "first import() of an empty local module",
      args: [],
      status: "measured",
      summary: { median: 70, p25: 0, p75: 0, rounds: 15 },
      overBareMs: 9.96,
    };
    expect(describeLoaderShare(row)).toMatchObject({ measured: "+10.0 ms over bare node", result: "info" });
  });
});
