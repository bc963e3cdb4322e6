// `bulk` for people: on a terminal, one progress line on stderr (a bar once the total is known,
// targets done, creates per second, backoffs after a 429, failures, time left), redrawn in place;
// each failed target as a line above it; then a summary table per provider account on stdout.
//
// The line is drawn here rather than with @clack/prompts' `progress`: in 1.9.0 that bar needs its
// total up front (a streamed list has none until its end), and its spinner underneath puts
// process.stdin in raw mode with a readline on it, which would read the targets of `bulk -` and turn
// Ctrl-C into a keystroke that exits 0. Drawn here, Ctrl-C stays SIGINT: the first one stops new
// creates, a second one ends at once (main.ts).

import { formatDuration } from "./duration";
import type { BulkEvent, BulkSummaryEvent } from "./events";
import { type CliIo, writeLine } from "./io";
import { failureText } from "./report-bulk-json";
import type { BulkReporter } from "./reporter";

const REDRAW_MS = 100;
const BAR_CELLS = 20;
const CLEAR_LINE = "\r\u001b[2K";

/** The reporter for a terminal. */
export function createBulkHumanReporter(
  io: CliIo,
  options: { readonly wait: boolean; readonly journal: string | undefined },
): BulkReporter {
  const live = io.stderr.isTTY === true;
  const started = io.now();
  const state = {
    read: 0,
    total: undefined as number | undefined,
    done: 0,
    created: 0,
    backoffs: 0,
    failed: 0,
  };
  let shown = "";
  let stopping = false;
  let closed = false;
  let interruption: { message: string; resume: string | undefined } | undefined;

  const line = (): string => {
    const elapsedMs = io.now() - started;
    const seconds = elapsedMs / 1000;
    const rate = seconds > 0 ? state.created / seconds : 0;
    const parts: string[] = [];
    if (state.total !== undefined) {
      const filled = state.total > 0 ? Math.round((state.done / state.total) * BAR_CELLS) : BAR_CELLS;
      parts.push(`${"█".repeat(filled)}${"░".repeat(BAR_CELLS - filled)} ${state.done}/${state.total} done`);
    } else {
      parts.push(`${state.done} done, ${state.read} read so far`);
    }
    parts.push(`${rate.toFixed(1)} creates/s`);
    parts.push(`${state.backoffs} backoff${state.backoffs === 1 ? "" : "s"}`);
    parts.push(`${state.failed} failed`);
    if (!stopping && state.total !== undefined && state.done > 0 && state.done < state.total) {
      parts.push(`ETA ${formatDuration(((state.total - state.done) * elapsedMs) / state.done)}`);
    }
    parts.push(`${formatDuration(elapsedMs)} elapsed`);
    const text = `${stopping ? "Stopping: " : ""}${parts.join(" · ")}`;
    const columns = io.stderr.columns ?? 120;
    return text.length >= columns ? `${text.slice(0, Math.max(10, columns - 2))}…` : text;
  };
  const draw = () => {
    if (!live || closed) return;
    const next = line();
    if (next === shown) return;
    shown = next;
    io.stderr.write(`${CLEAR_LINE}${next}`);
  };
  const timer = live ? setInterval(draw, REDRAW_MS) : undefined;
  timer?.unref?.();
  /** A line above the progress line. */
  const above = (text: string) => {
    if (live && !closed) io.stderr.write(CLEAR_LINE);
    writeLine(io.stderr, text);
    shown = "";
    draw();
  };
  const close = () => {
    if (closed) return;
    if (timer) clearInterval(timer);
    if (live) {
      shown = "";
      io.stderr.write(`${CLEAR_LINE}${line()}\n`);
    }
    closed = true;
  };

  return {
    read(count) {
      state.read = count;
    },
    total(count) {
      state.total = count;
    },
    event(event: BulkEvent) {
      switch (event.event) {
        case "bulk-throttled":
          state.backoffs += 1;
          return;
        case "bulk-accepted":
          state.created += 1;
          if (!options.wait) state.done += 1;
          return;
        case "bulk-found":
          if (!options.wait) state.done += 1;
          return;
        case "bulk-ready":
        case "bulk-skipped":
          state.done += 1;
          return;
        case "bulk-failed":
          state.done += 1;
          if (event.stopped) return;
          state.failed += 1;
          above(`line ${event.line}: ${failureText(event)}`);
          return;
        default:
          return;
      }
    },
    interrupting() {
      stopping = true;
      above(
        "Interrupted: no new create is sent; the creates in flight finish first (Ctrl-C again to quit now).",
      );
    },
    interrupted(message, resume) {
      interruption = { message, resume };
    },
    summary(summary) {
      close();
      for (const text of summaryLines(summary, options)) writeLine(io.stdout, text);
      // Last, where it is seen: what Ctrl-C left, and the command that resumes.
      if (interruption) {
        writeLine(io.stderr, "");
        writeLine(io.stderr, interruption.message);
        if (interruption.resume) writeLine(io.stderr, `Resume with:\n  ${interruption.resume}`);
      }
    },
    close,
  };
}

/** The summary: one sentence, then a table per provider account. */
export function summaryLines(
  summary: BulkSummaryEvent,
  options: { readonly wait: boolean; readonly journal: string | undefined },
): string[] {
  const existed = (row: { found: number; skipped: number }) => row.found + row.skipped;
  const headers = [
    "account",
    "created",
    ...(options.wait ? ["ready"] : []),
    "existed",
    "failed",
    "throttled",
    "rate/s",
  ];
  const rows: string[][] = summary.accounts.map((a) => [
    a.account,
    String(a.created),
    ...(options.wait ? [String(a.ready)] : []),
    String(existed(a)),
    String(a.failed),
    String(a.throttled),
    a.achievedRate.toFixed(1),
  ]);
  const inAccounts = summary.accounts.reduce((sum, a) => sum + a.failed, 0);
  if (summary.failed > inAccounts) {
    rows.push([
      "(lines that are not targets)",
      "-",
      ...(options.wait ? ["-"] : []),
      "-",
      String(summary.failed - inAccounts),
      "-",
      "-",
    ]);
  }
  rows.push([
    "total",
    String(summary.created),
    ...(options.wait ? [String(summary.ready)] : []),
    String(existed(summary)),
    String(summary.failed),
    String(summary.accounts.reduce((sum, a) => sum + a.throttled, 0)),
    "",
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)))
      .join("  ")
      .trimEnd();
  const targets = `${summary.total} target${summary.total === 1 ? "" : "s"}`;
  const stopped = summary.stopped > 0 ? `, ${summary.stopped} stopped while waiting` : "";
  const lines = [
    `${summary.interrupted ? "Interrupted after" : "Done:"} ${targets} in ${formatDuration(summary.elapsedMs)}: ` +
      `${summary.created} created, ${existed(summary)} already existed or done, ${summary.failed} failed${stopped}.`,
    "",
    format(headers),
    ...rows.map(format),
  ];
  if (options.journal !== undefined) lines.push("", `Journal: ${options.journal}`);
  if (summary.failed > 0 && !summary.interrupted) {
    lines.push(
      "",
      `${summary.failed} target${summary.failed === 1 ? "" : "s"} failed (listed above); exit code ${summary.exitCode}.`,
    );
  }
  return lines;
}
