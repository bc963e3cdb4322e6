// Vitest global setup: the CLI tests run dist/cli.js as a child process, so dist/ must match the
// sources. Under turbo, `build` runs first (turbo.json: cloudsnap#test depends on it) and this finds
// nothing to do; run directly (`pnpm --filter cloudsnap test`), it builds once when dist is missing
// or older than any source file.

import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE = fileURLToPath(new URL("../../..", import.meta.url));
const OUTPUT = join(PACKAGE, "dist", "cli.js");
const INPUTS = ["src", "package.json", "tsdown.config.ts"];

function newestInput(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestInput(join(path, name))));
}

export function setup(): void {
  const newest = Math.max(...INPUTS.map((input) => newestInput(join(PACKAGE, input))));
  if (existsSync(OUTPUT) && statSync(OUTPUT).mtimeMs >= newest) return;
  const tsdown = join(PACKAGE, "node_modules", ".bin", "tsdown");
  const built = spawnSync(tsdown, [], { cwd: PACKAGE, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (built.status !== 0)
    throw new Error(`building dist/ for the CLI tests failed:\n${built.stdout}\n${built.stderr}`);
}
