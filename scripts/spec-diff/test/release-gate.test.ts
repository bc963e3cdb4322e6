import { describe, expect, it } from "vitest";
import type { Bump } from "../changesets";
import type { SpecReport } from "../compare-specs";
import type { ChangeLine } from "../describe-change";
import type { PackageInfo } from "../packages";
import { checkMajorReleases, type GateInput, suggestBumps } from "../release-gate";

const HUAWEI: PackageInfo = {
  name: "@cloudsnap/huaweicloud",
  version: "0.1.0",
  dependencies: ["openapi-fetch"],
};
const ZSTACK: PackageInfo = { name: "@cloudsnap/zstack", version: "0.1.0", dependencies: ["openapi-fetch"] };
const FACADE: PackageInfo = {
  name: "cloudsnap",
  version: "0.1.0",
  dependencies: ["@cloudsnap/huaweicloud", "@cloudsnap/zstack"],
};
const BREAKING: ChangeLine = {
  breaking: true,
  impact: "major",
  where: "POST /v5/x",
  text: "became required",
};
const ADDITIVE: ChangeLine = {
  breaking: false,
  impact: "minor",
  where: "GET /v5/x",
  text: "added parameter",
};

function report(provider: string, changes: ChangeLine[]): SpecReport {
  return { spec: `specs/${provider}/api.yaml`, provider, status: "changed", changes };
}
function changeset(file: string, releases: Record<string, Bump>) {
  return { file, releases: new Map(Object.entries(releases)) };
}
function input(overrides: Partial<GateInput>): GateInput {
  return {
    reports: [report("huaweicloud", [BREAKING])],
    changesets: [],
    providers: new Map([
      ["huaweicloud", HUAWEI],
      ["zstack", ZSTACK],
    ]),
    facade: FACADE,
    baseVersions: new Map([
      [HUAWEI.name, "0.1.0"],
      [FACADE.name, "0.1.0"],
    ]),
    baseRef: "cloudsnap@0.1.0",
    ...overrides,
  };
}
const covered = (given: GateInput) =>
  Object.fromEntries(checkMajorReleases(given).map((r) => [r.pkg, r.coveredBy ?? "MISSING"]));

describe("checkMajorReleases", () => {
  const cases: { name: string; given: GateInput; want: Record<string, string> }[] = [
    {
      name: "needs nothing without breaking changes",
      given: input({ reports: [report("huaweicloud", [ADDITIVE])] }),
      want: {},
    },
    {
      name: "asks a major of the provider and of the facade that exposes its types",
      given: input({}),
      want: { "@cloudsnap/huaweicloud": "MISSING", cloudsnap: "MISSING" },
    },
    {
      name: "does not accept a minor changeset",
      given: input({
        changesets: [changeset(".changeset/a.md", { "@cloudsnap/huaweicloud": "minor", cloudsnap: "minor" })],
      }),
      want: { "@cloudsnap/huaweicloud": "MISSING", cloudsnap: "MISSING" },
    },
    {
      name: "still asks for the facade when only the provider has a major changeset",
      given: input({ changesets: [changeset(".changeset/a.md", { "@cloudsnap/huaweicloud": "major" })] }),
      want: { "@cloudsnap/huaweicloud": "major in .changeset/a.md", cloudsnap: "MISSING" },
    },
    {
      name: "passes with major changesets for both, in one file or several",
      given: input({
        changesets: [
          changeset(".changeset/a.md", { "@cloudsnap/huaweicloud": "major" }),
          changeset(".changeset/b.md", { cloudsnap: "major" }),
        ],
      }),
      want: { "@cloudsnap/huaweicloud": "major in .changeset/a.md", cloudsnap: "major in .changeset/b.md" },
    },
    {
      name: "accepts a major version already applied by changeset version",
      given: input({
        providers: new Map([["huaweicloud", { ...HUAWEI, version: "1.0.0" }]]),
        facade: { ...FACADE, version: "1.0.0" },
      }),
      want: {
        "@cloudsnap/huaweicloud": "version 0.1.0 → 1.0.0 since cloudsnap@0.1.0",
        cloudsnap: "version 0.1.0 → 1.0.0 since cloudsnap@0.1.0",
      },
    },
    {
      name: "does not count a minor version bump as a major release",
      given: input({ providers: new Map([["huaweicloud", { ...HUAWEI, version: "0.2.0" }]]) }),
      want: { "@cloudsnap/huaweicloud": "MISSING", cloudsnap: "MISSING" },
    },
    {
      name: "asks nothing of a facade that does not depend on the broken provider",
      given: input({ facade: { ...FACADE, dependencies: ["@cloudsnap/zstack"] } }),
      want: { "@cloudsnap/huaweicloud": "MISSING" },
    },
  ];
  it.each(cases)("$name", ({ given, want }) => {
    expect(covered(given)).toEqual(want);
  });

  it("names the other bumps it found, to explain a failure", () => {
    const given = input({
      changesets: [changeset(".changeset/a.md", { "@cloudsnap/huaweicloud": "minor" })],
    });
    expect(checkMajorReleases(given)[0]?.found).toEqual(["minor in .changeset/a.md"]);
  });

  it("fails loudly for a spec folder without a package", () => {
    expect(() => checkMajorReleases(input({ reports: [report("nowhere", [BREAKING])] }))).toThrow(
      /specs\/nowhere\/api\.yaml: no package in packages\/nowhere/,
    );
  });
});

describe("suggestBumps", () => {
  it("suggests minor for additions and patch for wording, for the provider and the facade", () => {
    const wording: ChangeLine = { ...ADDITIVE, impact: "patch" };
    const given = input({ reports: [report("huaweicloud", [wording]), report("zstack", [ADDITIVE])] });
    expect(Object.fromEntries(suggestBumps(given))).toEqual({
      "@cloudsnap/huaweicloud": "patch",
      "@cloudsnap/zstack": "minor",
      cloudsnap: "minor",
    });
  });
});
