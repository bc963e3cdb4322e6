import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { type DiffChange, parseReport } from "./diff-report";

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** The workspace's pinned Redocly CLI, never a global one. */
function redoclyBin(): string {
  const manifest = require.resolve("@redocly/cli/package.json");
  const pkg = require(manifest) as { bin: Record<string, string> };
  return join(dirname(manifest), pkg.bin.redocly ?? "bin/cli.js");
}

/**
 * Rates every change between two versions of one spec with `redocly diff`, which knows request from
 * response: a new required parameter, a lost enum value in a request or a removed response field is
 * `major`; an added optional parameter or operation is `minor`; wording is `patch`.
 */
export async function diffSpecs(
  specPath: string,
  baseText: string,
  revisionText: string,
): Promise<DiffChange[]> {
  const dir = await mkdtemp(join(tmpdir(), "cloudsnap-spec-diff-"));
  try {
    const base = join("base", specPath);
    const revision = join("revision", specPath);
    for (const [file, text] of [
      [base, baseText],
      [revision, revisionText],
    ] as const) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await writeFile(join(dir, file), text);
    }
    const args = ["diff", base, revision, "--format", "json", "--output", "report.json", "--fail-on", "none"];
    try {
      await run(process.execPath, [redoclyBin(), ...args], {
        cwd: dir,
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: "off",
          REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
          NO_COLOR: "1",
        },
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? "";
      const detail = stderr
        .split("\n")
        .filter((l) => l.trim() && !/[║╔╚]/.test(l))
        .slice(-12)
        .join("\n");
      throw new Error(`redocly diff failed for ${specPath}:\n${detail || String(error)}`);
    }
    return parseReport(JSON.parse(await readFile(join(dir, "report.json"), "utf8")), specPath);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
