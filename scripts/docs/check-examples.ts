import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";

const run = promisify(execFile);
const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/**
 * Type-checks the code examples shown on the site (`docs/examples`) against cloudsnap's published
 * type declarations, so a renamed option or method breaks the docs build instead of a reader's code.
 * Runs `tsc` in its own process, in parallel with the rest of the build.
 */
export async function checkExamples(tsconfigPath: string): Promise<void> {
  try {
    await run(process.execPath, [TSC, "-p", tsconfigPath, "--noEmit", "--pretty", "false"], {
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`the docs' code examples do not type-check:\n${stdout || stderr || String(error)}`);
  }
}
