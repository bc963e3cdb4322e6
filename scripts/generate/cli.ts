import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { isProviderName, PROVIDERS } from "./config";
import { generateFiles } from "./generate";
import { generatedDir, REPO_ROOT } from "./paths";

/** `tsx scripts/generate/cli.ts <provider…>`: regenerates those packages' `src/generated/` (all when none given). */
async function main(args: string[]): Promise<void> {
  const providers = args.length ? args : Object.keys(PROVIDERS);
  for (const provider of providers) {
    if (!isProviderName(provider))
      throw new Error(`unknown provider ${provider}; known: ${Object.keys(PROVIDERS).join(", ")}`);
    const files = await generateFiles(PROVIDERS[provider], REPO_ROOT);
    const out = generatedDir(provider);
    await rm(out, { recursive: true, force: true });
    for (const [relative, content] of files) {
      await mkdir(dirname(`${out}/${relative}`), { recursive: true });
      await writeFile(`${out}/${relative}`, content);
    }
    console.log(`generated packages/${provider}/src/generated (${files.size} files)`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
