import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { ApiSource } from "./config";
import { emitApiIndex } from "./emit-index";
import { emitMetadata } from "./emit-metadata";
import { emitOperations } from "./emit-operations";
import { emitTypes } from "./emit-types";
import { loadSpec } from "./load-spec";
import { banner } from "./names";
import { buildApiModel } from "./operation-model";

const RUNTIME_TEMPLATE = fileURLToPath(new URL("./templates/runtime.ts", import.meta.url));

/** Generates one provider package's `src/generated/` files, in memory: relative path → content. */
export async function generateFiles(
  sources: readonly ApiSource[],
  root: string,
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const runtime = await readFile(RUNTIME_TEMPLATE, "utf8");
  files.set("runtime.ts", `${banner("scripts/generate/templates/runtime.ts")}${runtime}`);
  for (const source of sources) {
    const doc = await loadSpec(`${root}/${source.spec}`);
    const model = buildApiModel(doc, source.spec);
    files.set(`${source.name}/types.ts`, await emitTypes(doc, source.spec));
    files.set(`${source.name}/operations.ts`, emitOperations(model, source.spec));
    files.set(`${source.name}/metadata.ts`, emitMetadata(model, source.spec));
    files.set(`${source.name}/index.ts`, emitApiIndex(source.spec));
  }
  return files;
}
