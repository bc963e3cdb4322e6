// `pnpm bench`: per-call overhead against a loopback server, cold import and bundle size of the
// tarball-installed packages, then snapshotMany in bulk (bulk/). Prints one Markdown document and
// writes it to bench/results.md.
import { writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { renderBulk } from "./bulk/render-bulk";
import { runBulk } from "./bulk/run-bulk";
import { measureBundles } from "./bundle/measure-bundles";
import { measureColdImport } from "./cold-import/measure-cold-import";
import { createTarballProject } from "./install/tarball-project";
import { COLD_IMPORT, PER_CALL } from "./lib/constants";
import { bundleTargets, coldImportTargets } from "./lib/entries";
import { describeMachine } from "./lib/machine";
import { runPerCall } from "./per-call/run-per-call";
import { renderResults } from "./report/render-results";

const USAGE = `pnpm bench [--rounds N] [--calls N] [--import-rounds N] [--out FILE]
  --rounds         per-call interleaved rounds (default ${PER_CALL.rounds})
  --calls          calls per variant per round (default ${PER_CALL.callsPerRound})
  --import-rounds  cold-import rounds (default ${COLD_IMPORT.rounds})
  --out            where to write the Markdown (default bench/results.md)`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000)
    throw new Error(`--${name} must be a whole number 1–10000\n${USAGE}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: "string" },
      calls: { type: "string" },
      "import-rounds": { type: "string" },
      out: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const machine = describeMachine();
  const perCall = await runPerCall({
    rounds: positive("rounds", values.rounds, PER_CALL.rounds),
    callsPerRound: positive("calls", values.calls, PER_CALL.callsPerRound),
  });
  const project = await createTarballProject();
  let coldImport: Awaited<ReturnType<typeof measureColdImport>>;
  let bundles: Awaited<ReturnType<typeof measureBundles>>;
  try {
    coldImport = await measureColdImport(project.dir, coldImportTargets(), {
      rounds: positive("import-rounds", values["import-rounds"], COLD_IMPORT.rounds),
    });
    bundles = await measureBundles(project.dir, bundleTargets());
  } finally {
    await project.dispose();
  }
  const bulk = await runBulk();
  const perCallAndSize = renderResults({
    machine,
    command: "pnpm bench",
    perCall,
    coldImport,
    bundles,
    durationMs: performance.now() - started,
    loadAverageAtEnd: loadavg()[0] ?? Number.NaN,
  });
  const markdown = `${perCallAndSize}\n${renderBulk(bulk)}`;
  const out = values.out ?? fileURLToPath(new URL("./results.md", import.meta.url));
  await writeFile(out, markdown);
  process.stdout.write(markdown);
  console.error(`wrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
