import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, realpath, rm, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import { devNull, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** The cloudsnap repository this test belongs to. */
export const REPO = resolve(import.meta.dirname, "..", "..");

/** What a maintainer's checkout needs for the spec → generate → spec:diff → changeset flow. */
const SEED = [
  "specs",
  ".changeset/config.json",
  ".changeset/README.md",
  ".gitignore",
  "package.json",
  "pnpm-workspace.yaml",
  "redocly.yaml",
  "packages/cloudsnap/package.json",
  "packages/ncloud/package.json",
  "packages/huaweicloud/package.json",
  "packages/zstack/package.json",
  "scripts/package.json",
  "test/package.json",
];

/** Output of one command: exit code and both streams. */
export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout split into lines. */
  readonly lines: string[];
}

/** A throwaway git repository seeded with copies of this repository's specs and manifests. */
export interface TempRepo {
  readonly dir: string;
  git(...args: string[]): Promise<string>;
  /** `pnpm spec:diff`: the real CLI, pointed at this repository. */
  specDiff(...args: string[]): Promise<Ran>;
  /** `changeset <args>` with the workspace's pinned @changesets/cli. */
  changeset(...args: string[]): Promise<Ran>;
  remove(): Promise<void>;
}

/** Creates the repository (branch `main`, nothing committed yet). */
export async function createTempRepo(): Promise<TempRepo> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), "cloudsnap-flow-")));
  for (const path of SEED) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await cp(join(REPO, path), join(dir, path), { recursive: true });
  }
  // openapi-fetch for type-checking generated code, as an install would provide it (ignored by git).
  const openapiFetch = dirname(require.resolve("openapi-fetch/package.json"));
  await mkdir(join(dir, "node_modules"), { recursive: true });
  await symlink(await realpath(openapiFetch), join(dir, "node_modules", "openapi-fetch"), "dir");

  const git = async (...args: string[]) => (await run("git", args, { cwd: dir, env: gitEnv() })).stdout;
  await git("init", "--quiet", "--initial-branch=main");
  for (const [key, value] of [
    ["user.name", "Flow Test"],
    ["user.email", "flow-test@example.test"],
    ["commit.gpgsign", "false"],
    ["tag.gpgsign", "false"],
  ] as const) {
    await git("config", key, value);
  }
  const tsx = createRequire(require.resolve("@cloudsnap/scripts/package.json")).resolve("tsx/cli");
  const specDiffCli = join(REPO, "scripts", "spec-diff", "cli.ts");
  const changesetBin = join(dirname(require.resolve("@changesets/cli/package.json")), "bin.js");
  return {
    dir,
    git,
    specDiff: (...args) => capture(process.execPath, [tsx, specDiffCli, "--root", dir, ...args], dir),
    changeset: (...args) => capture(process.execPath, [changesetBin, ...args], dir),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

async function capture(file: string, args: string[], cwd: string): Promise<Ran> {
  const env = { ...gitEnv(), NO_COLOR: "1", FORCE_COLOR: "0", CI: "true" };
  try {
    const { stdout, stderr } = await run(file, args, { cwd, env, timeout: 60_000 });
    return { code: 0, stdout, stderr, lines: stdout.split("\n") };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw error;
    const stdout = e.stdout ?? "";
    return { code: e.code, stdout, stderr: e.stderr ?? "", lines: stdout.split("\n") };
  }
}

/** Keeps the machine's own git configuration (hooks, signing, templates) out of the temp repository. */
function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: devNull, GIT_TERMINAL_PROMPT: "0" };
}
