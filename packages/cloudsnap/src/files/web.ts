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

/** An append-only file opened for a bulk run's journal (Node, Deno and Bun only). */
export interface AppendLog {
  readonly existing: string;
  append(text: string): Promise<void>;
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

/** Journals need a file system: this runtime has none. */
export function openAppendLog(path: string): Promise<AppendLog> {
  return Promise.reject(
    Object.assign(new Error(`no file system in this runtime to keep the journal ${path}`), {
      code: "ENOSYS",
    }),
  );
}
