import { CredentialsError } from "../errors/credentials-error";

/** How credential files are found and read; injected so tests and browsers need no `node:fs`. */
export interface FileAccess {
  /** Reads a UTF-8 file. Must reject with an error whose `code` is `ENOENT` when it is missing. */
  readFile?: (path: string) => Promise<string>;
  /** The user's home directory, or `undefined` when there is none. */
  homedir?: () => string | undefined | Promise<string | undefined>;
}

/** `node:fs/promises`, loaded only when a file is actually read. */
export async function readFileWithNode(path: string): Promise<string> {
  const fs = await import("node:fs/promises");
  return fs.readFile(path, "utf8");
}

/** `node:os` `homedir()`, loaded on first use; `undefined` where Node built-ins are unavailable. */
export async function homedirWithNode(): Promise<string | undefined> {
  try {
    const os = await import("node:os");
    return os.homedir();
  } catch {
    return undefined;
  }
}

/** `home` + segments, with the separator the home path already uses. */
export async function homePath(files: FileAccess, segments: readonly string[]): Promise<string | undefined> {
  let home: string | undefined;
  try {
    home = await (files.homedir ?? homedirWithNode)();
  } catch {
    return undefined;
  }
  if (typeof home !== "string" || home.trim() === "") return undefined;
  const separator = home.includes("\\") && !home.includes("/") ? "\\" : "/";
  return [home.replace(/[\\/]+$/, ""), ...segments].join(separator);
}

/**
 * A file's text, or `undefined` when it does not exist. Any other failure (permissions, a
 * directory) is an `invalid` CredentialsError naming the path and the error code only.
 */
export async function readOptionalFile(files: FileAccess, path: string): Promise<string | undefined> {
  try {
    return await (files.readFile ?? readFileWithNode)(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    const why = typeof code === "string" ? ` (${code})` : "";
    throw new CredentialsError(`Cannot read ${path}${why}`, {
      tried: [path],
      reason: "invalid",
      cause: error,
    });
  }
}
