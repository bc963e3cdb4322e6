import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { hasExport } from "../install/package-exports";
import { COLD_IMPORT } from "../lib/constants";
import { pairedMedianDifference, rotate, type Summary, summarize } from "../lib/stats";
import { timeNode } from "./time-node";

/** What one row of the cold-import table runs. */
export interface ColdImportTarget {
  /** The row's label: an import specifier, or a description of a baseline. */
  readonly label: string;
  /** The specifier imported, or none for a baseline. */
  readonly specifier?: string;
  readonly args: readonly string[];
  /** Whether this is the bare-node baseline every other row is compared to. */
  readonly baseline?: true;
  readonly peer?: true;
  /** A file the run needs in the project folder, written before the first round. */
  readonly setupFile?: { readonly name: string; readonly content: string };
}

/** `node --input-type=module -e 'await import("<specifier>")'` */
export function importTarget(specifier: string, peer = false): ColdImportTarget {
  return {
    label: specifier,
    specifier,
    args: ["--input-type=module", "-e", `await import(${JSON.stringify(specifier)})`],
    ...(peer ? { peer: true as const } : {}),
  };
}

/** The baseline: `node -e 1`. */
export const BARE_NODE: ColdImportTarget = {
  label: "bare node (`node -e 1`)",
  args: ["-e", "1"],
  baseline: true,
};

/** The ESM evaluation path with nothing imported. */
export const EMPTY_ESM: ColdImportTarget = {
  label: "empty ESM eval (`node --input-type=module -e 1`)",
  args: ["--input-type=module", "-e", "1"],
  peer: true,
};

/**
 * The first `import()` of an empty local module: what Node's module loader costs before any package
 * code runs (part of every import row; on this machine it is most of openapi-fetch's row).
 */
export const EMPTY_MODULE: ColdImportTarget = {
  label: "first import() of an empty local module",
  args: ["--input-type=module", "-e", 'await import("./bench-empty-module.mjs")'],
  peer: true,
  setupFile: { name: "bench-empty-module.mjs", content: "export {};\n" },
};

/** One row of the cold-import table. */
export type ColdImportRow = ColdImportTarget &
  (
    | {
        readonly status: "measured";
        readonly summary: Summary;
        /** Median of the per-round differences to bare node (see `pairedMedianDifference`). */
        readonly overBareMs: number;
      }
    | { readonly status: "n/a"; readonly reason: string }
  );

/** Settings of a cold-import run (defaults in `COLD_IMPORT`). */
export type ColdImportOptions = Partial<Record<"rounds" | "warmupRounds" | "budgetMs", number>>;

/**
 * Times each target as a fresh `node` process in the tarball-installed project, interleaved: every
 * round runs each target once, in an order rotated by the round number, after `warmupRounds` thrown
 * away. Entries the installed packages do not export are reported "n/a (no such export)"; an entry
 * that fails to import is reported with its first error line.
 */
export async function measureColdImport(
  projectDir: string,
  targets: readonly ColdImportTarget[],
  options: ColdImportOptions = {},
  log = console.error,
): Promise<{ rows: ColdImportRow[]; roundsRun: number }> {
  const settings = { ...COLD_IMPORT, ...options };
  const skipped = new Map<ColdImportTarget, string>();
  for (const target of targets) {
    if (target.setupFile) await writeFile(join(projectDir, target.setupFile.name), target.setupFile.content);
    if (target.specifier && !hasExport(projectDir, target.specifier)) {
      skipped.set(target, "n/a (no such export)");
      continue;
    }
    const probe = await timeNode(target.args, projectDir, settings.runTimeoutMs);
    if (!probe.ok) skipped.set(target, `fails: ${probe.error}`);
  }
  const timed = targets.filter((target) => !skipped.has(target));
  const samples = new Map(timed.map((target) => [target, [] as number[]]));
  const started = performance.now();
  let round = 0;
  const total = settings.warmupRounds + settings.rounds;
  while (round < total && performance.now() - started < settings.budgetMs) {
    for (const target of rotate(timed, round)) {
      const run = await timeNode(target.args, projectDir, settings.runTimeoutMs);
      if (!run.ok)
        throw new Error(`cold import of ${target.label} failed in round ${round + 1}: ${run.error}`);
      if (round >= settings.warmupRounds) samples.get(target)?.push(run.ms);
    }
    round++;
  }
  const roundsRun = Math.max(0, round - settings.warmupRounds);
  log(
    `cold import: ${roundsRun} rounds of ${timed.length} commands in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const bare = samples.get(targets.find((t) => t.baseline) ?? BARE_NODE) ?? [];
  const rows = targets.map((target): ColdImportRow => {
    const reason = skipped.get(target);
    if (reason !== undefined) return { ...target, status: "n/a", reason };
    const summary = summarize(samples.get(target) ?? []);
    const overBareMs = pairedMedianDifference(samples.get(target) ?? [], bare);
    return { ...target, status: "measured", summary, overBareMs };
  });
  return { rows, roundsRun };
}
