import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import ts from "typescript";
import { PROVIDERS } from "../../scripts/generate/config";
import { generateFiles } from "../../scripts/generate/generate";

/** `pnpm generate` for the Huawei Cloud package of the repository at `root`; returns the files written. */
export async function regenerateHuaweiCloud(root: string): Promise<Map<string, string>> {
  const files = await generateFiles(PROVIDERS.huaweicloud, root);
  const out = join(root, "packages", "huaweicloud", "src", "generated");
  await rm(out, { recursive: true, force: true });
  for (const [relative, content] of files) {
    await mkdir(dirname(join(out, relative)), { recursive: true });
    await writeFile(join(out, relative), content);
  }
  return files;
}

/** Type-checks `source` as a file at the root of `root` and returns the compiler's messages. */
export async function typeErrors(root: string, source: string): Promise<string[]> {
  const file = join(root, "consumer.ts");
  await writeFile(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
    types: [],
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

/** A caller of the two additions; `@ts-expect-error` lines prove the spec's types are enforced. */
export const CONSUMER = `
import createClient from "openapi-fetch";
import { createOperations, type paths } from "./packages/huaweicloud/src/generated/evs/index";

const evs = createOperations(createClient<paths>({ baseUrl: "https://evs.example.test" }));
export const deleted = evs.deleteSnapshot({ project_id: "p", snapshot_id: "s" });
export const filtered = evs.listSnapshots({ project_id: "p", instant_access: true });
// @ts-expect-error snapshot_id is required by the spec
export const missing = evs.deleteSnapshot({ project_id: "p" });
// @ts-expect-error instant_access is a boolean
export const wrong = evs.listSnapshots({ project_id: "p", instant_access: "yes" });
`;
