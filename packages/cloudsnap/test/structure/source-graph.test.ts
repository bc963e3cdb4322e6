// The shape of src/, checked on every run: the folders depend one way (entries and the CLI →
// unified → providers → core → the crypto and files ports, which the `#crypto` / `#files` imports
// name), the core never names a provider, no file imports scripts/, and no two files import each
// other, directly or around a loop (type-only and lazy `import()` imports count too: a loop of any
// kind is a loop a reader must follow).

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const PACKAGE = fileURLToPath(new URL("../..", import.meta.url));
const SRC = join(PACKAGE, "src");

/** Every TypeScript file under src/, relative to src/ with forward slashes. */
function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => relative(SRC, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

/** The specifiers of every `import … from`, `export … from` and `import(…)` of a file. */
function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm)].map(
    (match) => match[1] as string,
  );
}

/** The package's own import map (package.json "imports"): each port, both of its runtime files. */
const PORTS: Readonly<Record<string, readonly string[]>> = {
  "#crypto": ["crypto/node.ts", "crypto/web.ts"],
  "#files": ["files/node.ts", "files/web.ts"],
};

/**
 * The files of src/ that one file imports: relative specifiers resolved to a .ts file, and the ports
 * (`#crypto`, `#files`) as edges to both of their files; packages and JSON data aside.
 */
function localImports(file: string, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const specifier of specifiers(readFileSync(join(SRC, file), "utf8"))) {
    const port = PORTS[specifier];
    if (port) {
      out.push(...port);
      continue;
    }
    if (!specifier.startsWith(".") || specifier.endsWith(".json")) continue;
    const base = relative(SRC, resolve(SRC, dirname(file), specifier.replace(/\.js$/, "")))
      .split("\\")
      .join("/");
    const target = [`${base}.ts`, `${base}/index.ts`].find((candidate) => known.has(candidate));
    if (target === undefined) throw new Error(`${file}: cannot resolve ${specifier}`);
    out.push(target);
  }
  return out;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function loops(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) as number, low.get(to) as number));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) as number, index.get(to) as number));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** The folder (layer) of a file: `core`, `providers`, `unified`, `cli`, or `entry` for top files. */
function layer(file: string): string {
  const slash = file.indexOf("/");
  return slash === -1 ? "entry" : file.slice(0, slash);
}

/**
 * Which layers each layer may import (besides itself). `crypto` and `files` are the ports the
 * package's `#crypto` / `#files` imports pick per runtime: the bottom of the graph, beside the core.
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  entry: ["core", "providers", "unified"],
  cli: ["core", "providers", "unified"],
  unified: ["core", "providers", "crypto", "files"],
  providers: ["core", "crypto"],
  core: ["crypto", "files"],
  files: [],
  crypto: [],
};

const files = sourceFiles();
const known = new Set(files);
const graph = new Map(files.map((file) => [file, localImports(file, known)] as const));

describe("the source graph of src/", () => {
  it("finds the loops it is meant to find (the checker itself)", () => {
    const sample = new Map<string, string[]>([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["d"]],
      ["e", ["a"]],
    ]);
    expect(loops(sample)).toStrictEqual([["a", "b", "c"], ["d"]]);
    expect(
      specifiers('import type { X } from "./x";\nconst y = await import("./y");\nexport * from "./z";'),
    ).toStrictEqual(["./x", "./y", "./z"]);
  });

  it("reads every file and resolves every relative import and port", () => {
    expect(files.length).toBeGreaterThan(50);
    for (const port of Object.values(PORTS))
      for (const file of port) expect(known.has(file), file).toBe(true);
    expect(graph.get("unified/journal.ts")).toContain("files/node.ts");
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
  });

  it("has no import loops, type-only and lazy imports included", () => {
    expect(loops(graph)).toStrictEqual([]);
  });

  it("depends one way: entries and the CLI → unified → providers → core → ports", () => {
    const offenders: string[] = [];
    for (const [file, imports] of graph) {
      const from = layer(file);
      const allowed = ALLOWED[from];
      if (allowed === undefined) {
        offenders.push(`${file}: folder ${from} has no place in the layers`);
        continue;
      }
      for (const to of imports) {
        const target = layer(to);
        if (target !== from && !allowed.includes(target)) offenders.push(`${file} → ${to}`);
      }
    }
    expect(offenders).toStrictEqual([]);
  });

  it("keeps each provider in its own home: no provider folder imports another", () => {
    const offenders = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((to) => layer(file) === "providers" && layer(to) === "providers")
        .filter((to) => file.split("/")[1] !== to.split("/")[1])
        .map((to) => `${file} → ${to}`),
    );
    expect(offenders).toStrictEqual([]);
  });

  it("never names a provider in the core, and never imports scripts/", () => {
    const offenders: string[] = [];
    for (const file of files) {
      const source = readFileSync(join(SRC, file), "utf8");
      for (const specifier of specifiers(source)) {
        if (/(^|\/)scripts(\/|$)|@cloudsnap\/scripts/.test(specifier))
          offenders.push(`${file} imports ${specifier}`);
        if (layer(file) === "core" && /@cloudsnap\/(ncloud|huaweicloud|zstack)/.test(specifier)) {
          offenders.push(`${file} imports ${specifier}`);
        }
      }
    }
    expect(offenders).toStrictEqual([]);
  });
});
