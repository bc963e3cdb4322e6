// The journal of a bulk run: an append-only JSON Lines file, flushed to disk (fdatasync) before a
// create is sent and after its outcome is known, so that a run killed at any moment can be resumed
// without a duplicate snapshot. Records are never rewritten; a torn last line (the crash hit a
// write) is the only thing ever cut.

import { type AppendLog, openAppendLog } from "#files";
import { CloudsnapError } from "../core/errors";

/** The first line: which run wrote the journal, and the moment its default names record. */
export interface JournalHeader {
  readonly type: "journal";
  readonly version: 1;
  readonly startedAt: string;
  /** The UTC moment every default snapshot name of this run records (`yyyyMMdd-HHmmss`). */
  readonly nameAt: string;
}

/** Written and flushed before a create is sent: what will be sent, and how to find it again. */
export interface IntentRecord {
  readonly type: "intent";
  /** The target's position in the list, from 0. */
  readonly seq: number;
  /** The target, in its string form. */
  readonly target: string;
  /** The snapshot's name; absent where the provider names it (Classic NAS). */
  readonly name?: string;
  /** ZStack: the snapshot UUID and job id sent with the create. */
  readonly resourceUuid?: string;
  readonly jobUuid?: string;
  /** Classic NAS: the volume's snapshot names just before the create. */
  readonly before?: readonly string[];
  readonly at: string;
}

/** What became of a target. */
export type OutcomeKind = "created" | "found" | "ready" | "failed";

/** Written and flushed once a target's create (or its wait) has an outcome. */
export interface OutcomeRecord {
  readonly type: "outcome";
  readonly seq: number;
  readonly target: string;
  readonly outcome: OutcomeKind;
  readonly snapshot?: { readonly id: string; readonly name: string; readonly status: string };
  readonly error?: { readonly name: string; readonly message: string };
  readonly at: string;
}

export type JournalRecord = IntentRecord | OutcomeRecord;

/** What the journal says about one target. */
export interface JournalEntry {
  readonly target: string;
  readonly intent?: IntentRecord;
  /** The last outcome recorded. */
  readonly outcome?: OutcomeRecord;
}

/** The journal cannot be used: corrupt, from another target list, or held by a running process. */
export class JournalError extends CloudsnapError {
  override readonly name: string = "JournalError";
  readonly path: string;
  readonly line: number | undefined;

  constructor(message: string, options: { path: string; line?: number; cause?: unknown }) {
    super(message, options.cause === undefined ? {} : { cause: options.cause });
    this.path = options.path;
    this.line = options.line;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), path: this.path, ...(this.line === undefined ? {} : { line: this.line }) };
  }
}

/** An open journal: what it recorded before, and an appender that batches flushes. */
export class Journal {
  readonly path: string;
  readonly header: JournalHeader;
  /** The journal as read at open, by target position. */
  readonly #entries: Map<number, JournalEntry>;
  readonly #log: AppendLog;
  #pending: string[] = [];
  #flushing: Promise<void> | undefined;
  #waiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  #failed: unknown;

  private constructor(
    path: string,
    header: JournalHeader,
    entries: Map<number, JournalEntry>,
    log: AppendLog,
  ) {
    this.path = path;
    this.header = header;
    this.#entries = entries;
    this.#log = log;
  }

  /**
   * Opens the journal at `path`, creating it (with a header naming `now`) when it does not exist or
   * is empty. A torn last line is cut; any other malformed line is a `JournalError`.
   */
  static async open(path: string, now: Date): Promise<Journal> {
    let log: AppendLog;
    try {
      log = await openAppendLog(path);
    } catch (error) {
      const code = (error as { code?: string }).code;
      const why =
        code === "ELOCKED"
          ? "another run is using it (its lock file names a running process)"
          : `it cannot be opened (${code ?? "error"})`;
      throw new JournalError(`journal ${path}: ${why}`, { path, cause: error });
    }
    try {
      const { header, entries, keep } = parseJournal(path, log.existing);
      if (keep < utf8Length(log.existing)) await log.truncate(keep);
      const journal = new Journal(path, header ?? newHeader(now), entries, log);
      if (header === undefined) await journal.#write([JSON.stringify(journal.header)]);
      return journal;
    } catch (error) {
      await log.close();
      throw error;
    }
  }

  /** What the journal recorded for the target at `seq`, checking it is the same target. */
  entry(seq: number, target: string): JournalEntry | undefined {
    const entry = this.#entries.get(seq);
    if (entry === undefined) return undefined;
    if (entry.target !== target) {
      throw new JournalError(
        `journal ${this.path} was written for another target list: target #${seq + 1} is ${entry.target} ` +
          `there, ${target} in this list. Use the list it was written for, or a new journal`,
        { path: this.path },
      );
    }
    this.#entries.delete(seq); // read once: the map shrinks as the run goes
    return entry;
  }

  /** The positions the journal recorded that this list has not reached (checked when it ends). */
  unvisited(): number[] {
    return [...this.#entries.keys()];
  }

  /** Appends records and resolves once they are on disk (several callers share one flush). */
  record(...records: JournalRecord[]): Promise<void> {
    return this.#write(records.map((record) => JSON.stringify(record)));
  }

  async close(): Promise<void> {
    await this.#flushing?.catch(() => undefined);
    await this.#log.close();
  }

  #write(lines: string[]): Promise<void> {
    if (this.#failed !== undefined) return Promise.reject(this.#failed);
    this.#pending.push(...lines);
    const done = new Promise<void>((resolve, reject) => this.#waiters.push({ resolve, reject }));
    this.#flushing ??= this.#flush();
    return done;
  }

  async #flush(): Promise<void> {
    while (this.#pending.length > 0) {
      const lines = this.#pending.splice(0);
      const waiters = this.#waiters.splice(0);
      try {
        await this.#log.append(`${lines.join("\n")}\n`);
        for (const waiter of waiters) waiter.resolve();
      } catch (error) {
        this.#failed = new JournalError(`journal ${this.path}: a write failed; nothing more is sent`, {
          path: this.path,
          cause: error,
        });
        for (const waiter of [...waiters, ...this.#waiters.splice(0)]) waiter.reject(this.#failed);
        this.#pending = [];
      }
    }
    this.#flushing = undefined;
  }
}

function newHeader(now: Date): JournalHeader {
  return { type: "journal", version: 1, startedAt: now.toISOString(), nameAt: now.toISOString() };
}

/**
 * Reads a journal's text: the header, the last intent and outcome per target, and how many bytes
 * to keep (all of it, unless the last line was torn by a crash mid-write).
 */
export function parseJournal(
  path: string,
  text: string,
): { header: JournalHeader | undefined; entries: Map<number, JournalEntry>; keep: number } {
  const entries = new Map<number, JournalEntry>();
  if (text === "") return { header: undefined, entries, keep: 0 };
  const complete = text.endsWith("\n") ? text : text.slice(0, text.lastIndexOf("\n") + 1);
  const keep = utf8Length(complete);
  const lines = complete.split("\n");
  lines.pop(); // after the last "\n"
  let header: JournalHeader | undefined;
  lines.forEach((line, index) => {
    const number = index + 1;
    const corrupt = (why: string) =>
      new JournalError(
        `journal ${path} line ${number} is ${why}; nothing was sent. Restore the file, or start over with a new journal`,
        { path, line: number },
      );
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw corrupt("not JSON (corrupt)");
    }
    if (index === 0) {
      if (!isHeader(value)) throw corrupt("not a cloudsnap journal header");
      header = value;
      return;
    }
    if (!isRecord(value)) throw corrupt("not a journal record");
    const known = entries.get(value.seq);
    if (known && known.target !== value.target)
      throw corrupt(`about target #${value.seq + 1} under another name`);
    // An intent after a failed outcome is a refused create tried again: that failure no longer
    // describes the target (and a crash now leaves the new attempt in doubt, to be looked up). Any
    // other outcome stays: a target once created is never created again.
    const kept = known?.outcome && known.outcome.outcome !== "failed" ? { outcome: known.outcome } : {};
    entries.set(
      value.seq,
      value.type === "intent"
        ? { target: value.target, intent: value, ...kept }
        : { target: value.target, ...(known?.intent ? { intent: known.intent } : {}), outcome: value },
    );
  });
  if (header === undefined && lines.length === 0) return { header: undefined, entries, keep: 0 };
  return { header, entries, keep };
}

function isHeader(value: unknown): value is JournalHeader {
  const v = value as Partial<JournalHeader> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    v.type === "journal" &&
    v.version === 1 &&
    typeof v.nameAt === "string" &&
    !Number.isNaN(Date.parse(v.nameAt))
  );
}

const OUTCOMES = new Set<string>(["created", "found", "ready", "failed"]);

function isRecord(value: unknown): value is JournalRecord {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { type?: unknown; seq?: unknown; target?: unknown; name?: unknown; outcome?: unknown };
  if (typeof v.seq !== "number" || !Number.isSafeInteger(v.seq) || v.seq < 0 || typeof v.target !== "string")
    return false;
  if (v.type === "intent") return v.name === undefined || typeof v.name === "string";
  return v.type === "outcome" && typeof v.outcome === "string" && OUTCOMES.has(v.outcome);
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
