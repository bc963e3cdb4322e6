import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addOptionalFilterAndDeleteOperation, EVS_SPEC, requireNameAndShortenDescription } from "./evs-edits";
import { createTempRepo, type Ran, type TempRepo } from "./temp-repo";
import { CONSUMER, regenerateHuaweiCloud, typeErrors } from "./type-check";

// The maintainer flow of CONTRIBUTING.md, end to end, in a throwaway git repository seeded with this
// repository's specs, changeset config and package manifests: edit a spec → generate → spec:diff →
// changeset → changeset version. Steps run in order and share the repository.
let repo: TempRepo;
let generatedAtRelease: Map<string, string>;
const CHANGESET = ".changeset/evs-snapshot-name.md";
const HUAWEI = "@cloudsnap/huaweicloud";
const GATE_HUAWEI = `breaking changes in ${EVS_SPEC}`;
const GATE_FACADE = `its clients expose the types of ${HUAWEI}`;

const version = async (pkg: string) =>
  (JSON.parse(await readFile(join(repo.dir, "packages", pkg, "package.json"), "utf8")) as { version: string })
    .version;
const writeChangeset = (bumps: Record<string, string>) =>
  writeFile(
    join(repo.dir, CHANGESET),
    `---\n${Object.entries(bumps)
      .map(([p, b]) => `"${p}": ${b}`)
      .join("\n")}\n---\n\n` +
      "EVS `createSnapshot` now requires `snapshot.name`, and `snapshot.description` takes at most 64 characters.\n",
  );
const expectExit = (ran: Ran, code: number) => expect(ran.code, `${ran.stdout}\n${ran.stderr}`).toBe(code);

beforeAll(async () => {
  repo = await createTempRepo();
  generatedAtRelease = await regenerateHuaweiCloud(repo.dir);
  await repo.git("add", "--all");
  await repo.git("commit", "--quiet", "--message", "release 0.1.0");
}, 60_000);

afterAll(async () => {
  await repo?.remove();
});

describe("spec change flow: edit → generate → spec:diff → changeset → version", () => {
  it("compares with main while nothing is released, and finds nothing", async () => {
    const ran = await repo.specDiff();
    expectExit(ran, 0);
    expect(ran.lines).toContain("Comparing specs with main (no release tag yet).");
    expect(ran.lines).toContain(`${EVS_SPEC} (${HUAWEI}): unchanged`);
    expect(ran.lines).toContain("specs/zstack/volume-snapshots.yaml (@cloudsnap/zstack): unchanged");
    expect(ran.lines).toContain("No breaking changes: no changeset is required.");
    await repo.git("tag", "cloudsnap@0.1.0");
    await repo.git("switch", "--quiet", "--create", "evs-changes");
  });

  it("(a) reports an optional parameter, a new operation and a new spec as non-breaking, and passes without a changeset", async () => {
    await addOptionalFilterAndDeleteOperation(repo.dir);
    const added = "specs/zstack/volume-snapshots-v2.yaml";
    await writeFile(
      join(repo.dir, added),
      await readFile(join(repo.dir, "specs/zstack/volume-snapshots.yaml")),
    );
    const ran = await repo.specDiff();
    await rm(join(repo.dir, added));

    expectExit(ran, 0);
    expect(ran.lines).toContain("Comparing specs with cloudsnap@0.1.0 (latest release tag).");
    expect(ran.lines).toContain(`${EVS_SPEC} (${HUAWEI}): 0 breaking, 2 non-breaking`);
    expect(ran.stdout).toMatch(
      /^ {2}non-breaking {2}GET \/v5\/\{project_id\}\/snapshots\/detail: added optional query parameter `instant_access` {2}\(specs\/huaweicloud\/evs\.yaml:\d+\)$/m,
    );
    expect(ran.stdout).toMatch(
      /^ {2}non-breaking {2}DELETE \/v5\/\{project_id\}\/snapshots\/\{snapshot_id\}: added operation `deleteSnapshot` {2}\(specs\/huaweicloud\/evs\.yaml:\d+\)$/m,
    );
    expect(ran.lines).toContain(`${added} (@cloudsnap/zstack): new spec, non-breaking`);
    expect(ran.lines).toContain("No breaking changes: no changeset is required.");
    expect(ran.lines).toContain(
      `Suggested changeset for users (\`pnpm changeset\`): ${HUAWEI}: minor, cloudsnap: minor, @cloudsnap/zstack: minor.`,
    );
  }, 60_000);

  it("(a) regenerating yields the new typed method and parameter, and nothing else changes", async () => {
    expect(generatedAtRelease.get("evs/operations.ts")).not.toContain("deleteSnapshot");
    const after = await regenerateHuaweiCloud(repo.dir);
    const changed = [...after.keys()].filter((f) => after.get(f) !== generatedAtRelease.get(f)).sort();
    expect(changed).toEqual(["evs/metadata.ts", "evs/operations.ts", "evs/types.ts"]);
    expect(after.get("evs/operations.ts")).toContain("export function deleteSnapshot(client: Client<paths>");
    expect(await typeErrors(repo.dir, CONSUMER)).toEqual([]);

    await repo.git("add", "--all");
    await repo.git(
      "commit",
      "--quiet",
      "--message",
      "feat(huaweicloud): deleteSnapshot, instant_access filter",
    );
  }, 60_000);

  it("(b) reports breaking changes and fails without a changeset", async () => {
    await requireNameAndShortenDescription(repo.dir);
    await regenerateHuaweiCloud(repo.dir);
    const ran = await repo.specDiff();

    expectExit(ran, 1);
    expect(ran.lines).toContain(`${EVS_SPEC} (${HUAWEI}): 2 breaking, 2 non-breaking`);
    expect(ran.stdout).toMatch(
      /^ {2}BREAKING {6}POST \/v5\/\{project_id\}\/snapshots: Properties of `snapshot` became required: `name`\. \[required-properties-added\]/m,
    );
    expect(ran.stdout).toMatch(
      /^ {2}BREAKING {6}POST \/v5\/\{project_id\}\/snapshots: `maxLength` of `description` changed from '85' to '64'\. \[schema-constraint-changed\]/m,
    );
    expect(ran.lines).toContain("Breaking changes need a major release of:");
    expect(ran.lines).toContain(`  MISSING  ${HUAWEI}: no major changeset — ${GATE_HUAWEI}`);
    expect(ran.lines).toContain(`  MISSING  cloudsnap: no major changeset — ${GATE_FACADE}`);
    expect(ran.stdout).toMatch(
      /^FAIL: breaking changes without a major changeset for @cloudsnap\/huaweicloud, cloudsnap\./m,
    );
  }, 60_000);

  it("(b) still fails with a minor changeset", async () => {
    await writeChangeset({ [HUAWEI]: "minor", cloudsnap: "minor" });
    const ran = await repo.specDiff();
    expectExit(ran, 1);
    expect(ran.lines).toContain(
      `  MISSING  ${HUAWEI}: no major changeset (found minor in ${CHANGESET}) — ${GATE_HUAWEI}`,
    );
    expect(ran.lines).toContain(
      `  MISSING  cloudsnap: no major changeset (found minor in ${CHANGESET}) — ${GATE_FACADE}`,
    );
  }, 60_000);

  it("(b) still fails when only the provider package is major: the facade exposes its types", async () => {
    await writeChangeset({ [HUAWEI]: "major" });
    const ran = await repo.specDiff();
    expectExit(ran, 1);
    expect(ran.lines).toContain(`  ok       ${HUAWEI}: major in ${CHANGESET} — ${GATE_HUAWEI}`);
    expect(ran.lines).toContain(`  MISSING  cloudsnap: no major changeset — ${GATE_FACADE}`);
  }, 60_000);

  it("(b) passes with a major changeset for the provider and the facade", async () => {
    await writeChangeset({ [HUAWEI]: "major", cloudsnap: "major" });
    const ran = await repo.specDiff();
    expectExit(ran, 0);
    expect(ran.lines).toContain(`  ok       ${HUAWEI}: major in ${CHANGESET} — ${GATE_HUAWEI}`);
    expect(ran.lines).toContain(`  ok       cloudsnap: major in ${CHANGESET} — ${GATE_FACADE}`);
    expect(ran.lines).toContain("OK: every breaking change has a major changeset.");
    await repo.git("add", "--all");
    await repo.git("commit", "--quiet", "--message", "feat(huaweicloud)!: snapshot.name is required");
  }, 60_000);

  it("changeset version bumps both to the next major and writes their CHANGELOGs", async () => {
    const sha = (await repo.git("log", "-1", "--format=%h", "--", CHANGESET)).trim();
    const ran = await repo.changeset("version");
    expectExit(ran, 0);

    expect(await version("huaweicloud")).toBe("1.0.0");
    expect(await version("cloudsnap")).toBe("1.0.0");
    expect(await version("ncloud")).toBe("0.1.0");
    expect(await version("zstack")).toBe("0.1.0");
    const entry = `- ${sha}: EVS \`createSnapshot\` now requires \`snapshot.name\`, and \`snapshot.description\` takes at most 64 characters.`;
    const huawei = (await readFile(join(repo.dir, "packages/huaweicloud/CHANGELOG.md"), "utf8")).split("\n");
    expect(huawei.slice(0, 7)).toEqual([`# ${HUAWEI}`, "", "## 1.0.0", "", "### Major Changes", "", entry]);
    const facade = await readFile(join(repo.dir, "packages/cloudsnap/CHANGELOG.md"), "utf8");
    expect(facade).toContain(`## 1.0.0\n\n### Major Changes\n\n${entry}\n`);
    expect(facade).toContain(`- Updated dependencies [${sha}]\n  - ${HUAWEI}@1.0.0`);
    expect(await repo.git("status", "--porcelain", "--", CHANGESET)).toBe(` D ${CHANGESET}\n`);
  }, 60_000);

  it("after changeset version the consumed changeset is replaced by the major versions", async () => {
    const ran = await repo.specDiff();
    expectExit(ran, 0);
    expect(ran.lines).toContain(
      `  ok       ${HUAWEI}: version 0.1.0 → 1.0.0 since cloudsnap@0.1.0 — ${GATE_HUAWEI}`,
    );
    expect(ran.lines).toContain(
      `  ok       cloudsnap: version 0.1.0 → 1.0.0 since cloudsnap@0.1.0 — ${GATE_FACADE}`,
    );
  }, 60_000);
});
