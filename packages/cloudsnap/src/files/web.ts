// Browsers and workers have no credential files: `#files` resolves here there (package.json
// "imports", default condition), so no bundle ever needs `node:fs`. Credentials come from code.

/** Always fails as "not found": credential chains move on to their next source. */
export function readFile(path: string): Promise<string> {
  return Promise.reject(
    Object.assign(new Error(`no file system in this runtime to read ${path}`), { code: "ENOENT" }),
  );
}

/** No home directory in this runtime. */
export async function homedir(): Promise<string | undefined> {
  return undefined;
}
