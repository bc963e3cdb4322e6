import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const CRYPTO_DIR = new URL("../../src/crypto/", import.meta.url);

/** Every module specifier a source file imports (static, dynamic and type-only). */
function specifiersOf(source: string): string[] {
  const pattern =
    /(?:import|export)\s[^"']*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']/g;
  return [...source.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

/** Walks the relative-import graph from `entry`, returning each visited file with its specifiers. */
function importGraph(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const pending = [new URL(entry, CRYPTO_DIR)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file.pathname)) continue;
    const specifiers = specifiersOf(readFileSync(file, "utf8"));
    seen.set(file.pathname, specifiers);
    for (const s of specifiers.filter((s) => s.startsWith(".")))
      pending.push(new URL(s.replace(/\.js$/, ".ts"), file));
  }
  return seen;
}

describe("the WebCrypto port", () => {
  it("imports nothing but its own relative modules (no node: built-ins, no packages)", () => {
    const graph = importGraph("web.ts");
    expect(graph.size).toBeGreaterThanOrEqual(3);
    for (const specifiers of graph.values()) {
      for (const specifier of specifiers) expect(specifier).toMatch(/^\.\.?\//);
    }
  });

  it("the node port is the only one that imports node:crypto", () => {
    const specifiers = [...importGraph("node.ts").values()].flat();
    expect(specifiers).toContain("node:crypto");
  });
});
