import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { devNull, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareSpecs } from "../compare-specs";
import { resolveBaseRef } from "../git";

const run = promisify(execFile);
const FIXTURE = await readFile(join(import.meta.dirname, "fixtures", "things.yaml"), "utf8");
let root: string;
const git = (...args: string[]) =>
  run("git", args, {
    cwd: root,
    env: { ...process.env, GIT_CONFIG_GLOBAL: devNull, GIT_CONFIG_NOSYSTEM: "1" },
  });

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), "cloudsnap-compare-specs-")));
  await mkdir(join(root, "specs", "things"), { recursive: true });
  for (const name of ["kept.yaml", "edited.yaml", "dropped.yaml"])
    await writeFile(join(root, "specs/things", name), FIXTURE);
  await writeFile(join(root, "specs", "README.md"), "not a spec\n");
  await git("init", "--quiet", "--initial-branch=main");
  await git("add", "--all");
  await git("-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "--quiet", "-m", "base");
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("compareSpecs", () => {
  it("rates added, removed, edited and untouched specs against the base ref", async () => {
    await rm(join(root, "specs/things/dropped.yaml"));
    await writeFile(join(root, "specs/things/new.yaml"), FIXTURE);
    await writeFile(
      join(root, "specs/things/edited.yaml"),
      FIXTURE.replace("summary: Show the other", "summary: Show it"),
    );

    const reports = await compareSpecs(root, "main");
    expect(reports.map((r) => [r.spec, r.status, r.changes.map((c) => `${c.breaking}: ${c.text}`)])).toEqual([
      ["specs/things/dropped.yaml", "removed", ["true: spec removed: every operation it described is gone"]],
      ["specs/things/edited.yaml", "changed", ["false: summary changed (documentation only)"]],
      ["specs/things/kept.yaml", "unchanged", []],
      ["specs/things/new.yaml", "added", []],
    ]);
    expect(reports.every((r) => r.provider === "things")).toBe(true);
  });

  it("uses main as the base until a release tag exists, then the nearest release tag", async () => {
    expect(await resolveBaseRef(root)).toEqual({ ref: "main", reason: "no release tag yet" });
    await git("tag", "cloudsnap@1.2.0");
    expect(await resolveBaseRef(root)).toEqual({ ref: "cloudsnap@1.2.0", reason: "latest release tag" });
    expect(await resolveBaseRef(root, "main")).toEqual({ ref: "main", reason: "--base" });
    await expect(resolveBaseRef(root, "no-such-ref")).rejects.toThrow(/--base no-such-ref: no such commit/);
  });
});
