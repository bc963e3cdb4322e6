import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src", import.meta.url));
const DIRS = ["credentials", "errors", "redact"];

async function sources(): Promise<Array<{ file: string; text: string }>> {
  const out: Array<{ file: string; text: string }> = [];
  for (const dir of DIRS) {
    for (const name of await readdir(join(SRC, dir))) {
      if (!name.endsWith(".ts")) continue;
      const text = await readFile(join(SRC, dir, name), "utf8");
      // Only code counts: TSDoc may mention process.env.
      out.push({
        file: `${dir}/${name}`,
        text: text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, ""),
      });
    }
  }
  return out;
}

describe("runtime neutrality", () => {
  it("no module statically imports a Node built-in (browsers and Deno can import them)", async () => {
    const offenders = (await sources()).filter(({ text }) =>
      /^\s*(import|export)\b[^;]*from\s+["'](node:|fs|os|path)/m.test(text),
    );
    expect(offenders.map(({ file }) => file)).toEqual([]);
  });

  it("loads node:fs and node:os only through dynamic import, in one file", async () => {
    const dynamic = (await sources()).filter(({ text }) => /import\(\s*["']node:/.test(text));
    expect(dynamic.map(({ file }) => file)).toEqual(["credentials/file-access.ts"]);
  });

  it("reads process.env only through processEnv()", async () => {
    const readers = (await sources()).filter(({ text }) => /\bprocess\b\??\.env/.test(text));
    expect(readers.map(({ file }) => file)).toEqual(["credentials/env.ts"]);
  });
});
