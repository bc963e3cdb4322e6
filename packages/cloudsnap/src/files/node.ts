// Credential files under Node, Deno and Bun (the `node` condition of `#files`). The Node modules
// are loaded on the first read, not at import: most programs never read a credentials file.

/** Reads a UTF-8 file with `node:fs`. */
export async function readFile(path: string): Promise<string> {
  const fs = await import("node:fs/promises");
  return fs.readFile(path, "utf8");
}

/** The user's home directory, or `undefined` when the runtime has none. */
export async function homedir(): Promise<string | undefined> {
  try {
    return (await import("node:os")).homedir();
  } catch {
    return undefined;
  }
}
