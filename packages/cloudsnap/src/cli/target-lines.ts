// The targets of `bulk`: a file (or stdin) read as the run goes, one target a line, blank lines and
// `#` comments skipped. Nothing holds more than one chunk and one line in memory, so a file of any
// length streams into snapshotMany.

import { type FileHandle, open } from "node:fs/promises";
import type { Readable } from "node:stream";
import { UsageError } from "./usage-error";

/** A line longer than this is cut (and then refused as a target, which is at most 2048 characters). */
const MAX_LINE = 8192;

/** One target line: its text (trimmed) and its line number, from 1. */
export interface TargetLine {
  readonly line: number;
  readonly text: string;
}

/** An opened source of target lines. */
export interface TargetSource {
  /** The lines that hold a target, in order; each is read only when asked for. */
  readonly lines: AsyncIterable<TargetLine>;
  /**
   * Counts the target lines with a second, separate read of the file (for the progress line's
   * total); `undefined` for stdin, which can be read only once.
   */
  readonly count: (() => Promise<number>) | undefined;
  /** Closes the file; safe to call more than once. */
  readonly close: () => Promise<void>;
}

/**
 * Opens the targets file, or `stdin` for `-`. Throws a `UsageError` (exit 2, nothing sent) when the
 * file is missing, unreadable or a directory.
 */
export async function openTargets(path: string, stdin: Readable | undefined): Promise<TargetSource> {
  if (path === "-") {
    if (!stdin) throw new UsageError("`-` reads the targets from stdin, but there is no stdin", "bulk");
    return { lines: targetLines(stdin), count: undefined, close: async () => undefined };
  }
  const handle = await openFile(path);
  let closed = false;
  return {
    lines: targetLines(handle.createReadStream({ encoding: "utf8", autoClose: false })),
    count: async () => {
      const again = await openFile(path);
      try {
        let count = 0;
        for await (const _ of targetLines(again.createReadStream({ encoding: "utf8", autoClose: false })))
          count += 1;
        return count;
      } finally {
        await again.close();
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await handle.close().catch(() => undefined);
    },
  };
}

async function openFile(path: string): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw new UsageError(`cannot read the targets file ${JSON.stringify(path)}: ${reason(error)}`, "bulk");
  }
  const stat = await handle.stat();
  if (stat.isDirectory()) {
    await handle.close();
    throw new UsageError(`cannot read the targets file ${JSON.stringify(path)}: it is a directory`, "bulk");
  }
  return handle;
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  return typeof code === "string" ? code : String((error as Error)?.message ?? error);
}

/** The target lines of a text stream: numbered from 1, trimmed, blank lines and `#` comments left out. */
export async function* targetLines(stream: AsyncIterable<string | Buffer>): AsyncGenerator<TargetLine> {
  let partial = "";
  let cut = false;
  let number = 0;
  const take = (text: string): TargetLine | undefined => {
    number += 1;
    const trimmed = (number === 1 ? text.replace(/^\uFEFF/, "") : text).trim();
    if (trimmed === "" || trimmed.startsWith("#")) return undefined;
    return { line: number, text: trimmed };
  };
  for await (const chunk of stream) {
    const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
    let start = 0;
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      const whole = cut ? partial : partial + text.slice(start, end);
      partial = "";
      cut = false;
      start = end + 1;
      const found = take(whole);
      if (found) yield found;
    }
    if (!cut) {
      partial += text.slice(start);
      if (partial.length > MAX_LINE) {
        partial = partial.slice(0, MAX_LINE);
        cut = true;
      }
    }
  }
  if (partial !== "" || cut) {
    const found = take(partial);
    if (found) yield found;
  }
}
