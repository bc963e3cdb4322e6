import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { CaseResult } from "./run-case";

/** Where the suite leaves its matrix (gitignored with the rest of test/artifacts). */
export const ARTIFACTS = new URL("../../artifacts/faults/", import.meta.url);

/** One cell of the matrix: a fault (row) against a create or waiter (column). */
export interface MatrixCell {
  readonly table: string;
  readonly fault: string;
  readonly target: string;
  readonly cell: string;
  readonly elapsedMs: number;
  readonly passed: boolean;
}

const cells: MatrixCell[] = [];

/** The outcome as one short phrase: `ok`, `ServerError 503`, `NetworkError(maybeSent=false)`, … */
export function describeOutcome(result: CaseResult): string {
  const error = result.error as Record<string, unknown> | undefined;
  if (error === undefined) return "ok";
  const name = String(error.name);
  if (name === "NetworkError") return `NetworkError(maybeSent=${error.maybeSent})`;
  if (name === "TimeoutError") return `TimeoutError(${error.deadline})`;
  if (name === "ServerError") return `ServerError ${error.status}${error.code ? ` ${error.code}` : ""}`;
  return name;
}

/** Notes one case's result for the matrix. */
export function recordCell(
  table: string,
  fault: string,
  target: string,
  result: CaseResult,
  passed: boolean,
) {
  const ids = new Set(result.creates.map((c) => c.identity));
  const same = result.creates.length > 1 && ids.size === 1 && !ids.has(undefined) ? " (same X-Job-UUID)" : "";
  const creates = `${result.creates.length} create${result.creates.length === 1 ? "" : "s"}${same}`;
  const cell = `${describeOutcome(result)}; ${creates}; ${Math.round(result.elapsedMs)} ms`;
  cells.push({
    table,
    fault,
    target,
    cell: passed ? cell : `**FAILED** ${cell}`,
    elapsedMs: result.elapsedMs,
    passed,
  });
}

/** Writes this file's cells for the global teardown to merge (in the order of the names). */
export function flushCells(name: string): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(new URL(`cells-${name}.json`, ARTIFACTS), JSON.stringify(cells));
}

/** Removes cells left by an earlier run. */
export function clearCells(): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const file of readdirSync(ARTIFACTS)) if (file.startsWith("cells-")) rmSync(new URL(file, ARTIFACTS));
}

/** Merges every file's cells into `matrix.md` (one table per phase) and returns its text. */
export function writeMatrix(): string {
  const all: MatrixCell[] = [];
  for (const file of readdirSync(ARTIFACTS).sort()) {
    if (file.startsWith("cells-"))
      all.push(...(JSON.parse(readFileSync(new URL(file, ARTIFACTS), "utf8")) as MatrixCell[]));
  }
  const lines = [
    "# Fault-injection matrix",
    "",
    "Each cell: outcome; create requests the server received; time to settle.",
    "",
  ];
  for (const table of [...new Set(all.map((c) => c.table))]) {
    const rows = all.filter((c) => c.table === table);
    const targets = [...new Set(rows.map((c) => c.target))];
    lines.push(
      `## ${table}`,
      "",
      `| fault | ${targets.join(" | ")} |`,
      `|---|${targets.map(() => "---").join("|")}|`,
    );
    for (const fault of [...new Set(rows.map((c) => c.fault))]) {
      const row = targets.map((t) => rows.find((c) => c.fault === fault && c.target === t)?.cell ?? "—");
      lines.push(`| ${fault} | ${row.join(" | ")} |`);
    }
    lines.push("");
  }
  const failed = all.filter((c) => !c.passed).length;
  const slowest = Math.max(0, ...all.map((c) => c.elapsedMs));
  lines.push(`${all.length} cases, ${failed} failed; slowest case ${Math.round(slowest)} ms.`, "");
  const text = lines.join("\n");
  writeFileSync(new URL("matrix.md", ARTIFACTS), text);
  return text;
}
