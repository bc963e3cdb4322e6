import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { DEFAULT_BRANCH, RELEASE_TAG_PATTERNS } from "./constants";

const run = promisify(execFile);

/** Runs git in `root` and returns its standard output. */
export async function git(root: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run("git", [...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** True when `ref` names a commit in the repository at `root`. */
export async function isCommit(root: string, ref: string): Promise<boolean> {
  try {
    await git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/** Fails clearly when `root` is not inside a git work tree (the old specs come from git). */
export async function assertGitWorkTree(root: string): Promise<void> {
  try {
    await git(root, ["rev-parse", "--is-inside-work-tree"]);
  } catch {
    throw new Error(`${root} is not a git work tree: spec:diff reads the old specs from git history`);
  }
}

/** The ref to compare with, and why it was chosen. */
export interface BaseRef {
  readonly ref: string;
  readonly reason: string;
}

/**
 * `--base` when given; else the release tag nearest to HEAD (`cloudsnap@*` or `v*`); else `main`
 * (or `origin/main` in a clone without a local `main`).
 */
export async function resolveBaseRef(root: string, explicit?: string): Promise<BaseRef> {
  if (explicit !== undefined) {
    if (!(await isCommit(root, explicit))) {
      throw new Error(`--base ${explicit}: no such commit, branch or tag (fetch it first: git fetch --tags)`);
    }
    return { ref: explicit, reason: "--base" };
  }
  const tag = await latestReleaseTag(root);
  if (tag) return { ref: tag, reason: "latest release tag" };
  for (const branch of [DEFAULT_BRANCH, `origin/${DEFAULT_BRANCH}`]) {
    if (await isCommit(root, branch)) return { ref: branch, reason: "no release tag yet" };
  }
  throw new Error(
    `no release tag (${RELEASE_TAG_PATTERNS.join(", ")}) and no ${DEFAULT_BRANCH} branch to compare with; pass --base <ref>`,
  );
}

async function latestReleaseTag(root: string): Promise<string | undefined> {
  const match = RELEASE_TAG_PATTERNS.flatMap((pattern) => ["--match", pattern]);
  try {
    const tag = (await git(root, ["describe", "--tags", "--abbrev=0", ...match, "HEAD"])).trim();
    return tag || undefined;
  } catch {
    return undefined; // no matching tag reachable from HEAD (or no commit yet)
  }
}

/** The text of `path` at `ref`, or undefined when the file does not exist there. */
export async function readAtRef(root: string, ref: string, path: string): Promise<string | undefined> {
  const object = `${ref}:${path}`;
  try {
    await git(root, ["cat-file", "-e", object]);
  } catch {
    return undefined;
  }
  return git(root, ["show", object]);
}

/** Files under `dir` at `ref`, as repository-relative paths. */
export async function listAtRef(root: string, ref: string, dir: string): Promise<string[]> {
  const out = await git(root, ["ls-tree", "-r", "--name-only", ref, "--", dir]);
  return out.split("\n").filter(Boolean);
}
