import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Runtime neutrality: Node built-ins are reached only through the package's conditional `imports`
// (`#crypto`, `#files`), whose `node` ports are the only files that may name them. A browser or
// worker bundle resolves the `default` ports instead, so it never needs `node:*`.
const SRC = fileURLToPath(new URL("../../src", import.meta.url));
const NODE_PORTS = ["crypto/node.ts", "files/node.ts"];
/** The `cloudsnap` bin runs on Node only, and no library module imports it (test/cli/import-graph.test.ts). */
const NODE_ONLY_DIRS = ["cli"];

async function sources(dir = SRC): Promise<Array<{ file: string; text: string }>> {
  const out: Array<{ file: string; text: string }> = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!NODE_ONLY_DIRS.includes(relative(SRC, path))) out.push(...(await sources(path)));
    } else if (entry.name.endsWith(".ts")) {
      const text = await readFile(path, "utf8");
      // Only code counts: TSDoc may mention process.env.
      out.push({
        file: relative(SRC, path),
        text: text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, ""),
      });
    }
  }
  return out;
}

describe("runtime neutrality", () => {
  it("no module statically imports a Node built-in (browsers and Deno can import them)", async () => {
    const offenders = (await sources()).filter(
      ({ file, text }) =>
        !NODE_PORTS.includes(file) && /^\s*(import|export)\b[^;]*from\s+["'](node:|fs|os|path)/m.test(text),
    );
    expect(offenders.map(({ file }) => file)).toEqual([]);
  });

  it("loads node:fs and node:os only in the node port of #files (and node:crypto in #crypto's)", async () => {
    const users = (await sources()).filter(({ text }) => /["']node:/.test(text));
    expect(users.map(({ file }) => file).sort()).toEqual(NODE_PORTS);
  });

  it("reads process.env only through processEnv()", async () => {
    const readers = (await sources()).filter(({ text }) => /\bprocess\b\??\.env/.test(text));
    expect(readers.map(({ file }) => file)).toEqual(["core/env.ts"]);
  });
});
