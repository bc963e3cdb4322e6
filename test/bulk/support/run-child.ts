// Runs bulk-child.mjs and reads its JSON Lines; kills it with SIGKILL on request. Every child is
// tracked until it has exited, so a test's `finally` can kill what is left (`killChildren`).

import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const CHILD = fileURLToPath(new URL("./bulk-child.mjs", import.meta.url));
const live = new Set<ChildProcess>();

/** What bulk-child.mjs takes. */
export interface ChildConfig {
  readonly origin: string;
  readonly targetsFile: string;
  readonly journal?: string;
  readonly rate: number | Readonly<Record<string, number>>;
  readonly concurrency: number;
  readonly credentials: unknown;
  /** Event types to print as they happen (`found`, `failed`, `throttled`, …). */
  readonly events?: readonly string[];
  /** Sample RSS and the retained heap every this many targets pulled (and RSS every 50 ms for the peak). */
  readonly sampleEvery?: number;
}

/** A line bulk-child.mjs wrote. */
export type ChildLine = { readonly type: string } & Record<string, unknown>;

export interface ChildResult {
  readonly lines: readonly ChildLine[];
  readonly stderr: string;
  readonly code: number | null;
  /** Killed by us on request (not by the timeout). */
  readonly killed: boolean;
  readonly timedOut: boolean;
  /** From the `ready` line to the exit (or the kill). */
  readonly runMs: number;
  readonly summary?: Record<string, unknown> & { accounts: Record<string, unknown>[] };
  /** The child's event-loop utilization over its life, and its CPU time (from the summary line). */
  readonly busy?: { readonly eventLoopUtilization: number; readonly cpuMs: number };
  readonly error?: string;
}

export interface RunChildOptions {
  /** SIGKILL this long after the child said `ready`; it may finish first. */
  readonly killAfterReadyMs?: number;
  /** A hard bound: the child is killed and reported `timedOut` after this long. */
  readonly timeoutMs: number;
}

export function runChild(config: ChildConfig, options: RunChildOptions): Promise<ChildResult> {
  const flags = config.sampleEvery ? ["--expose-gc"] : [];
  const child = spawn(process.execPath, [...flags, CHILD, JSON.stringify(config)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  live.add(child);
  const lines: ChildLine[] = [];
  let stderr = "";
  let pending = "";
  let killed = false;
  let timedOut = false;
  let readyAt: number | undefined;
  let killTimer: ReturnType<typeof setTimeout> | undefined;
  const hardTimer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, options.timeoutMs);
  child.stdout?.setEncoding("utf8");
  child.stdout?.on("data", (chunk: string) => {
    pending += chunk;
    let newline = pending.indexOf("\n");
    while (newline >= 0) {
      const line = JSON.parse(pending.slice(0, newline)) as ChildLine;
      pending = pending.slice(newline + 1);
      lines.push(line);
      if (line.type === "ready" && readyAt === undefined) {
        readyAt = performance.now();
        if (options.killAfterReadyMs !== undefined) {
          killTimer = setTimeout(() => {
            if (child.exitCode !== null) return;
            killed = true;
            child.kill("SIGKILL");
          }, options.killAfterReadyMs);
        }
      }
      newline = pending.indexOf("\n");
    }
  });
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    // `close`: exited and its output read to the end (a killed child is also reaped by then, so
    // its journal lock names a process that is gone).
    child.once("close", (code) => {
      live.delete(child);
      clearTimeout(hardTimer);
      if (killTimer) clearTimeout(killTimer);
      const last = lines.find((line) => line.type === "summary");
      const summary = last?.summary as ChildResult["summary"];
      const busy = last
        ? { eventLoopUtilization: Number(last.eventLoopUtilization), cpuMs: Number(last.cpuMs) }
        : undefined;
      const error = lines.find((line) => line.type === "error")?.message as string | undefined;
      resolve({
        lines,
        stderr,
        code,
        killed,
        timedOut,
        runMs: readyAt === undefined ? 0 : performance.now() - readyAt,
        ...(summary ? { summary } : {}),
        ...(busy ? { busy } : {}),
        ...(error ? { error } : {}),
      });
    });
  });
}

/** Kills every child still running (for `finally` and `afterAll`). */
export function killChildren(): void {
  for (const child of live) child.kill("SIGKILL");
  live.clear();
}
