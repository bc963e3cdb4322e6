import { CredentialsError } from "../errors/credentials-error";

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
