import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** Every `*.ts` file under `dir`, by path relative to it (`zstack/create.ts` → its text). */
export async function loadExamples(dir: string): Promise<ReadonlyMap<string, string>> {
  const examples = new Map<string, string>();
  for (const entry of (await readdir(dir, { recursive: true })).sort()) {
    if (entry.endsWith(".ts"))
      examples.set(entry.split("\\").join("/"), await readFile(join(dir, entry), "utf8"));
  }
  return examples;
}
