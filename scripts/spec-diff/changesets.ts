import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import parseChangesetFile from "@changesets/parse";
import { CHANGESET_DIR } from "./constants";

/** A bump a changeset can ask for. */
export type Bump = "major" | "minor" | "patch" | "none";

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
 * Parses a changeset with `@changesets/parse`, the parser `changeset version` itself uses, so the gate
 * reads each file exactly as the release will. A file it refuses (no front matter, bad YAML, a bump
 * it does not know) is an error naming the file, never a silently ignored changeset.
 */
export function parseChangeset(text: string, file: string): Map<string, Bump> {
  let releases: { name: string; type: Bump }[];
  try {
    releases = parseChangesetFile(text).releases;
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error);
    throw new Error(`${file}: ${reason}`, { cause: error });
  }
  return new Map(releases.map((release) => [release.name, release.type]));
}
