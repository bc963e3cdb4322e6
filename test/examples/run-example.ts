import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const require = createRequire(import.meta.url);

/** The repository's examples/ folder. */
export const EXAMPLES_DIR = resolve(import.meta.dirname, "..", "..", "examples");
/** Maps `cloudsnap` to the workspace build, as `npm install cloudsnap` would in a user's project. */
export const EXAMPLES_TSCONFIG = join(EXAMPLES_DIR, "tsconfig.json");
const TSX_CLI = createRequire(require.resolve("@cloudsnap/scripts/package.json")).resolve("tsx/cli");

/** How one example run ended. */
export interface ExampleResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/**
 * Runs `tsx examples/<file> <args>` as a user would, with only `env` (plus PATH) in its environment and
 * an empty HOME, so no real credentials or config files of this machine can leak in.
 */
export async function runExample(
  file: string,
  args: readonly string[],
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<ExampleResult> {
  const home = await mkdtemp(join(tmpdir(), "cloudsnap-example-home-"));
  const started = performance.now();
  try {
    return await new Promise((done) => {
      execFile(
        process.execPath,
        [TSX_CLI, "--tsconfig", EXAMPLES_TSCONFIG, join(EXAMPLES_DIR, file), ...args],
        {
          cwd: EXAMPLES_DIR,
          timeout: timeoutMs,
          killSignal: "SIGKILL",
          env: { PATH: process.env.PATH ?? "", HOME: home, NO_COLOR: "1", ...env },
        },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
          done({ code, stdout, stderr, ms: Math.round(performance.now() - started) });
        },
      );
    });
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}
