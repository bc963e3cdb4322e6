import { readFile as readWithNode } from "node:fs/promises";
import { homedir as homedirWithNode } from "node:os";

/** Reads a UTF-8 file with `node:fs` (Node, Deno and Bun: the `node` condition of `#files`). */
export function readFile(path: string): Promise<string> {
  return readWithNode(path, "utf8");
}

/** The user's home directory, or `undefined` when the runtime has none. */
export function homedir(): string | undefined {
  try {
    return homedirWithNode();
  } catch {
    return undefined;
  }
}
