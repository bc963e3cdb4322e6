// Credential files: INI files under the home directory. Files go through `#files` (package.json
// "imports"): `node:fs` under Node, Deno and Bun, nothing in browsers and workers, so a browser bundle
// never needs a Node built-in. Only the providers' file readers import this module, lazily.

import { homedir as homedirOfRuntime, readFile as readFileOfRuntime } from "#files";
import { CredentialsError } from "./errors";

/** How credential files are found and read; injected so tests and browsers need no `node:fs`. */
export interface FileAccess {
  /** Reads a UTF-8 file. Must reject with an error whose `code` is `ENOENT` when it is missing. */
  readFile?: (path: string) => Promise<string>;
  /** The user's home directory, or `undefined` when there is none. */
  homedir?: () => string | undefined | Promise<string | undefined>;
}

/** `home` + segments, with the separator the home path already uses. */
export async function homePath(files: FileAccess, segments: readonly string[]): Promise<string | undefined> {
  let home: string | undefined;
  try {
    home = await (files.homedir ?? homedirOfRuntime)();
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
    return await (files.readFile ?? readFileOfRuntime)(path);
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

/** One `key = value` entry and the 1-based line it came from. */
export interface IniEntry {
  value: string;
  line: number;
}

/** Sections by name; keys before any `[section]` live under `""`. */
export type IniDocument = Map<string, Map<string, IniEntry>>;

const SECTION = /^\[([^\]]*)\]$/;

/**
 * Parses the INI dialect the Huawei (go-ini) and NCP CLI files use: `[section]` headers,
 * `key = value` or `key: value`, `#`/`;` comment lines, optional matching quotes around values,
 * last duplicate wins. A line that fits none of these is an `invalid` CredentialsError naming the
 * file and line number; the line itself is never shown, since it may hold a secret.
 */
export function parseIni(text: string, path: string): IniDocument {
  const doc: IniDocument = new Map([["", new Map()]]);
  let section = doc.get("") as Map<string, IniEntry>;
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const lineNumber = index + 1;
    if (line === "" || line.startsWith("#") || line.startsWith(";")) return;
    const header = SECTION.exec(line);
    if (header) {
      const name = (header[1] ?? "").trim();
      if (name === "") throw malformed(path, lineNumber, "empty section name");
      section = doc.get(name) ?? new Map();
      doc.set(name, section);
      return;
    }
    const at = delimiterIndex(line);
    if (at <= 0) throw malformed(path, lineNumber, 'expected "key = value" or "[section]"');
    section.set(line.slice(0, at).trim(), { value: unquote(line.slice(at + 1).trim()), line: lineNumber });
  });
  return doc;
}

function delimiterIndex(line: string): number {
  const candidates = [line.indexOf("="), line.indexOf(":")].filter((i) => i >= 0);
  return candidates.length === 0 ? -1 : Math.min(...candidates);
}

function unquote(value: string): string {
  const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0];
  return quoted ? value.slice(1, -1) : value;
}

function malformed(path: string, line: number, what: string): CredentialsError {
  return new CredentialsError(`Malformed credentials file ${path}, line ${line}: ${what}`, {
    tried: [path],
    reason: "invalid",
  });
}

/** Where a pair of keys was looked up, for error messages. */
export interface SectionLocation {
  path: string;
  section: string;
}

/**
 * Both values of a key pair from one INI section. Neither set is `not-found`; one set is
 * `invalid`, naming the file, the line of the key that is there and the key that is missing.
 */
export function pairFromSection(
  section: ReadonlyMap<string, IniEntry>,
  firstKey: string,
  secondKey: string,
  where: SectionLocation,
): [string, string] {
  const first = nonEmpty(section.get(firstKey));
  const second = nonEmpty(section.get(secondKey));
  if (first !== undefined && second !== undefined) return [first.value, second.value];
  if (first === undefined && second === undefined) {
    throw new CredentialsError(`${where.path} has no ${firstKey} / ${secondKey} in [${where.section}]`, {
      tried: [where.path],
    });
  }
  const [present, presentKey, missingKey] =
    first === undefined ? [second, secondKey, firstKey] : [first, firstKey, secondKey];
  throw new CredentialsError(
    `${where.path}, line ${present?.line}: ${presentKey} is set but ${missingKey} is missing in [${where.section}]`,
    { tried: [where.path], reason: "invalid" },
  );
}

/** An entry with a non-blank value; blank values count as missing. */
export function nonEmpty(entry: IniEntry | undefined): IniEntry | undefined {
  return entry !== undefined && entry.value.trim() !== "" ? entry : undefined;
}
