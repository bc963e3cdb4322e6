import type { BundleRow } from "../bundle/measure-bundles";
import type { ColdImportRow } from "../cold-import/measure-cold-import";
import type { ProviderInfo } from "../lib/entries";
import { kilobytes, millis, signed } from "../report/markdown";

/** The limits `pnpm bench:check` enforces. */
export interface BudgetSettings {
  /** Largest initial chunk of a JSON provider's browser bundle, gzip -9, in bytes (the target). */
  readonly initialChunkGzipBytes: number;
  /**
   * Per provider (by id), the limit enforced instead while the target is not met: just above what
   * was achieved, so that a regression fails. The target is shown beside it.
   */
  readonly initialChunkCiGzipBytes?: Readonly<Partial<Record<string, number>>>;
  /** Largest cold import of a per-provider entry over bare node (the CI margin). */
  readonly coldImportMarginMs: number;
  /** What the rewrite aims for; shown beside the margin. */
  readonly coldImportTargetMs: number;
}

/** One line of the budget table. `info` rows are shown but never fail the check. */
export interface CheckRow {
  readonly check: string;
  readonly measured: string;
  readonly budget: string;
  readonly result: "PASS" | "FAIL" | "info";
}

const pass = (ok: boolean): CheckRow["result"] => (ok ? "PASS" : "FAIL");

/**
 * The checks on one provider's browser bundle: for a JSON-only provider (Huawei, ZStack) it must
 * build, its initial chunk must fit the budget and must not carry fast-xml-parser; NCP (JSON + XML)
 * is shown for information only.
 */
export function evaluateBrowserBundle(
  provider: ProviderInfo,
  row: BundleRow,
  settings: BudgetSettings,
): CheckRow[] {
  const name = `browser bundle of ${provider.factory} from "${row.entry}"`;
  const built = row.status === "built" ? row : undefined;
  const ci = settings.initialChunkCiGzipBytes?.[provider.id];
  const limit = ci ?? settings.initialChunkGzipBytes;
  const budget =
    ci === undefined
      ? `≤ ${kilobytes(limit)}`
      : `≤ ${kilobytes(limit)} (CI budget; target ${kilobytes(settings.initialChunkGzipBytes)})`;
  if (!provider.jsonOnly) {
    return [
      {
        check: `${name} (JSON + XML: not budgeted)`,
        measured:
          row.status === "built"
            ? `initial ${kilobytes(row.initialGzip)}, fast-xml-parser ${row.fastXmlParserInInitial ? "in" : "not in"} it`
            : row.reason,
        budget: "—",
        result: "info",
      },
    ];
  }
  return [
    {
      check: `${name} builds`,
      measured: row.status === "built" ? "builds" : row.reason,
      budget: "builds",
      result: pass(built !== undefined),
    },
    {
      check: `${name}: initial chunk, gzip -9`,
      measured: built ? kilobytes(built.initialGzip) : "not built",
      budget,
      result: pass(built !== undefined && built.initialGzip <= limit),
    },
    {
      check: `${name}: no fast-xml-parser in the initial chunk`,
      measured: built ? (built.fastXmlParserInInitial ? "present" : "absent") : "not built",
      budget: "absent",
      result: pass(built !== undefined && !built.fastXmlParserInInitial),
    },
  ];
}

/**
 * The cold-import check of one per-provider entry. An entry that does not exist fails (it is what the
 * budget is about); the root entry's figure is shown beside it for reference.
 */
export function evaluateColdImport(
  row: ColdImportRow,
  root: ColdImportRow | undefined,
  settings: BudgetSettings,
): CheckRow {
  const budget = `≤ +${settings.coldImportMarginMs} ms over bare node (target ${settings.coldImportTargetMs} ms, CI margin ${settings.coldImportMarginMs} ms)`;
  const check = `cold import of "${row.label}"`;
  if (row.status !== "measured") {
    const reference =
      root?.status === "measured"
        ? `; "${root.label}" takes ${signed(millis(root.overBareMs), root.overBareMs)} ms`
        : "";
    return { check, measured: `${row.reason}${reference}`, budget, result: "FAIL" };
  }
  return {
    check,
    measured: `${signed(millis(row.overBareMs), row.overBareMs)} ms (median of ${row.summary.rounds})`,
    budget,
    result: pass(row.overBareMs <= settings.coldImportMarginMs),
  };
}

/** For reference beside the cold-import checks: what Node's loader costs before any package code runs. */
export function describeLoaderShare(row: ColdImportRow): CheckRow {
  return {
    check: `${row.label} (Node's own share of every entry)`,
    measured:
      row.status === "measured"
        ? `${signed(millis(row.overBareMs), row.overBareMs)} ms over bare node`
        : row.reason,
    budget: "—",
    result: "info",
  };
}
