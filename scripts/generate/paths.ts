import { fileURLToPath } from "node:url";

/** The repository root, whatever the working directory. */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");

/** Where a provider package's generated files live. */
export function generatedDir(provider: string): string {
  return `${REPO_ROOT}/packages/${provider}/src/generated`;
}
