// The CLI never enters the library: no library source imports src/cli, no library entry or chunk
// in dist/ references the CLI's bundle or its dependencies, and the bin is one self-contained file.

import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const PACKAGE = fileURLToPath(new URL("../..", import.meta.url));
const SRC = join(PACKAGE, "src");
const DIST = join(PACKAGE, "dist");
/** What only the CLI uses: its bundle, its prompt library (and that library's own dependencies). */
const CLI_ONLY = [
  "cli.js",
  "@clack/",
  "sisteransi",
  "picocolors",
  "fast-string-width",
  "fast-wrap-ansi",
  "parseArgs",
];

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function specifiers(source: string): string[] {
  return [...source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1] as string);
}

describe("the library and the CLI", () => {
  it("no library source imports src/cli or a CLI-only dependency", () => {
    const offenders: string[] = [];
    for (const file of files(SRC).filter((f) => f.endsWith(".ts") && !f.startsWith(join(SRC, "cli")))) {
      for (const specifier of specifiers(readFileSync(file, "utf8"))) {
        if (
          /(^|\/)cli(\/|$)/.test(specifier) ||
          specifier.startsWith("@clack/") ||
          specifier === "node:util"
        ) {
          offenders.push(`${relative(PACKAGE, file)} imports ${specifier}`);
        }
      }
    }
    expect(offenders).toStrictEqual([]);
  });

  it("no built library entry or chunk references the CLI bundle or its dependencies", () => {
    const library = files(DIST).filter((file) => relative(DIST, file) !== "cli.js");
    expect(library.some((file) => file.endsWith("index.js"))).toBe(true);
    const offenders = library.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return CLI_ONLY.filter((needle) => text.includes(needle)).map(
        (needle) => `${relative(DIST, file)}: ${needle}`,
      );
    });
    expect(offenders).toStrictEqual([]);
  });

  it("builds the bin as one ESM file with a node shebang that imports only packages, ports and built-ins", () => {
    const cli = readFileSync(join(DIST, "cli.js"), "utf8");
    expect(cli.startsWith("#!/usr/bin/env node\n")).toBe(true);
    // The needles of the check above are real: the bin itself holds them.
    expect(["@clack/", "parseArgs"].filter((needle) => !cli.includes(needle))).toStrictEqual([]);
    const imported = new Set(specifiers(cli));
    const relativeImports = [...imported].filter((s) => s.startsWith("."));
    expect(relativeImports, "the bin shares no chunk with the library").toStrictEqual([]);
    const manifest = JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8")) as {
      bin: Record<string, string>;
      dependencies: Record<string, string>;
    };
    const allowed = (s: string) =>
      s.startsWith("node:") ||
      s === "#crypto" ||
      s === "#files" ||
      Object.keys(manifest.dependencies).some((d) => s === d || s.startsWith(`${d}/`));
    expect([...imported].filter((s) => !allowed(s))).toStrictEqual([]);
    expect(manifest.bin).toStrictEqual({ cloudsnap: "./dist/cli.js" });
  });
});
