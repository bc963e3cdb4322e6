import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { CHANGESET_DIR } from "./constants";

/** A bump a changeset can ask for. */
export type Bump = "major" | "minor" | "patch" | "none";
const BUMPS: ReadonlySet<string> = new Set(["major", "minor", "patch", "none"]);

/** One pending changeset: its file and the bump it asks for each package. */
export interface Changeset {
  readonly file: string;
  readonly releases: ReadonlyMap<string, Bump>;
}

/** Reads every pending `.changeset/*.md` (the README is not a changeset). */
export async function readChangesets(root: string): Promise<Changeset[]> {
  const dir = join(root, CHANGESET_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: Changeset[] = [];
  for (const name of names.filter((n) => n.endsWith(".md") && n.toLowerCase() !== "readme.md").sort()) {
    const file = `${CHANGESET_DIR}/${name}`;
    out.push({ file, releases: parseChangeset(await readFile(join(dir, name), "utf8"), file) });
  }
  return out;
}

/**
 * Parses a changeset's YAML front matter (`"@cloudsnap/ncloud": major`), the format `changeset add`
 * writes. Anything else is an error rather than a silently ignored changeset.
 */
export function parseChangeset(text: string, file: string): Map<string, Bump> {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/.exec(text.replace(/^\uFEFF/, ""));
  if (!match) throw new Error(`${file}: no front matter (expected --- "package": major|minor|patch ---)`);
  const data: unknown = parse(match[1] ?? "") ?? {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new Error(`${file}: front matter must map package names to bumps`);
  }
  const releases = new Map<string, Bump>();
  for (const [pkg, bump] of Object.entries(data)) {
    if (typeof bump !== "string" || !BUMPS.has(bump)) {
      throw new Error(
        `${file}: ${pkg} has bump ${JSON.stringify(bump)}; expected major, minor, patch or none`,
      );
    }
    releases.set(pkg, bump as Bump);
  }
  return releases;
}
