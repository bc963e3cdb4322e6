import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { REPO_ROOT } from "../generate/paths";
import { EXIT_ERROR } from "./constants";
import { runSpecDiff } from "./run-spec-diff";

const USAGE = `Usage: pnpm spec:diff [--base <ref>]

Compares every spec (specs/<provider>/*.yaml) in the working tree with the same file at <ref>
(default: the latest release tag cloudsnap@* or v*, else main), rates each change breaking or
non-breaking with redocly diff, and fails (exit 1) when a breaking change has no major changeset
for its package and for the cloudsnap facade. Exit 2: the check could not run.

Options:
  --base <ref>   commit, branch or tag to compare with
  --root <dir>   repository to check (default: this one)
  -h, --help     show this help`;

/** `pnpm spec:diff [--base <ref>]`. */
async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      base: { type: "string" },
      root: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { lines, exitCode } = await runSpecDiff({
    root: values.root ? resolve(values.root) : REPO_ROOT,
    ...(values.base ? { base: values.base } : {}),
  });
  // The report is the output whatever the verdict; the exit code carries the verdict.
  console.log(lines.join("\n"));
  return exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`spec:diff: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT_ERROR;
  },
);
