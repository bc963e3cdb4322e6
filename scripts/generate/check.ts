import { readdir, readFile } from "node:fs/promises";
import { PROVIDERS, type ProviderName } from "./config";
import { generateFiles } from "./generate";
import { generatedDir, REPO_ROOT } from "./paths";

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries) {
    const relative = `${prefix}${entry.name}`;
    if (entry.isDirectory()) out.push(...(await listFiles(`${dir}/${entry.name}`, `${relative}/`)));
    else out.push(relative);
  }
  return out;
}

/** Regenerates every provider in memory and fails when the committed files differ (drift check). */
async function main(): Promise<void> {
  const drift: string[] = [];
  for (const provider of Object.keys(PROVIDERS) as ProviderName[]) {
    const expected = await generateFiles(PROVIDERS[provider], REPO_ROOT);
    const dir = generatedDir(provider);
    const actual = new Set(await listFiles(dir));
    for (const [relative, content] of expected) {
      const onDisk = actual.has(relative) ? await readFile(`${dir}/${relative}`, "utf8") : undefined;
      if (onDisk === undefined) drift.push(`missing  packages/${provider}/src/generated/${relative}`);
      else if (onDisk !== content) drift.push(`stale    packages/${provider}/src/generated/${relative}`);
      actual.delete(relative);
    }
    for (const extra of actual) drift.push(`extra    packages/${provider}/src/generated/${extra}`);
  }
  if (drift.length) {
    console.error(
      `Generated code is out of date with the specs:\n  ${drift.join("\n  ")}\nRun \`pnpm generate\` and commit the result.`,
    );
    process.exitCode = 1;
    return;
  }
  console.log("generated code matches the specs");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
