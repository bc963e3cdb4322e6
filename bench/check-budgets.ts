// `pnpm bench:check`: the size and start-up budgets for the rewrite, separate from the timings.
// Fails (exit 1) when a JSON provider's browser bundle (Huawei, ZStack) does not build, has an
// initial chunk over its CI budget (target 10 KB gzip) or carries fast-xml-parser in it, or when a
// per-provider entry's cold import exceeds the margin over bare node (target 10 ms, CI margin 60 ms
// on a noisy 2-core machine). Part of `pnpm test:all`.
import { parseArgs } from "node:util";
import { measureBundles } from "./bundle/measure-bundles";
import {
  type BudgetSettings,
  type CheckRow,
  describeLoaderShare,
  evaluateBrowserBundle,
  evaluateColdImport,
} from "./check/evaluate-budgets";
import { BARE_NODE, EMPTY_MODULE, importTarget, measureColdImport } from "./cold-import/measure-cold-import";
import { hasExport } from "./install/package-exports";
import { createTarballProject } from "./install/tarball-project";
import { BUDGETS } from "./lib/constants";
import { PROVIDERS, ROOT_ENTRY } from "./lib/entries";
import { table } from "./report/markdown";

const MARGIN_ENV = "CLOUDSNAP_BENCH_IMPORT_MARGIN_MS";

const USAGE = `pnpm bench:check [--import-margin-ms N] [--import-rounds N]
  --import-margin-ms  cold-import margin over bare node (default $${MARGIN_ENV} or ${BUDGETS.coldImportMarginMs})
  --import-rounds     cold-import rounds (default ${BUDGETS.coldImportRounds})`;

function number(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number\n${USAGE}`);
  return n;
}

/** The row of a check whose measurement is missing: it fails. */
function missing(check: string): CheckRow {
  return { check, measured: "not measured", budget: "a measurement", result: "FAIL" };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      "import-margin-ms": { type: "string" },
      "import-rounds": { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const settings: BudgetSettings = {
    initialChunkGzipBytes: BUDGETS.initialChunkGzipBytes,
    initialChunkCiGzipBytes: BUDGETS.initialChunkCiGzipBytes,
    coldImportTargetMs: BUDGETS.coldImportTargetMs,
    coldImportMarginMs: number(
      "--import-margin-ms",
      values["import-margin-ms"] ?? process.env[MARGIN_ENV],
      BUDGETS.coldImportMarginMs,
    ),
  };
  const rounds = number("--import-rounds", values["import-rounds"], BUDGETS.coldImportRounds);
  const started = performance.now();
  const project = await createTarballProject();
  const checks: CheckRow[] = [];
  try {
    // Each provider's own entry once it exists; the root entry until then.
    const entryOf = (provider: (typeof PROVIDERS)[number]) =>
      hasExport(project.dir, provider.entry) ? provider.entry : ROOT_ENTRY;
    const bundles = await measureBundles(
      project.dir,
      PROVIDERS.map((provider) => ({
        entry: entryOf(provider),
        importName: provider.factory,
        platform: "browser",
      })),
    );
    for (const [index, provider] of PROVIDERS.entries()) {
      const row = bundles[index];
      // A measurement that went missing is a failed check, never one that silently drops out.
      if (row) checks.push(...evaluateBrowserBundle(provider, row, settings));
      else checks.push(missing(`browser bundle of ${provider.factory}`));
    }
    const perProvider = PROVIDERS.map((provider) => importTarget(provider.entry));
    const root = importTarget(ROOT_ENTRY);
    const needsRoot = PROVIDERS.some((provider) => !hasExport(project.dir, provider.entry));
    const cold = await measureColdImport(
      project.dir,
      [BARE_NODE, EMPTY_MODULE, ...perProvider, ...(needsRoot ? [root] : [])],
      { rounds },
    );
    const rootRow = cold.rows.find((row) => row.label === ROOT_ENTRY);
    for (const target of perProvider) {
      const row = cold.rows.find((r) => r.label === target.label);
      if (row) checks.push(evaluateColdImport(row, rootRow, settings));
      else checks.push(missing(`cold import of ${target.label}`));
    }
    const loader = cold.rows.find((row) => row.label === EMPTY_MODULE.label);
    if (loader) checks.push(describeLoaderShare(loader));
  } finally {
    await project.dispose();
  }
  const failed = checks.filter((row) => row.result === "FAIL").length;
  console.log(
    [
      "## cloudsnap budgets (`pnpm bench:check`)",
      "",
      table(
        ["check", "measured", "budget", "result"],
        checks.map((row) => [row.check, row.measured, row.budget, row.result]),
      ),
      "",
      `${failed === 0 ? "PASS" : "FAIL"}: ${failed} of ${checks.filter((row) => row.result !== "info").length} budget checks failed (Node ${process.version}, ${((performance.now() - started) / 1000).toFixed(1)} s).`,
    ].join("\n"),
  );
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 2;
  },
);
