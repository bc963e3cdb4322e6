import { TimeoutError } from "../errors";
import { untilAborted } from "./until-aborted";

/** A call's overall deadline, as the work under it sees it. */
export interface Deadline {
  /** Aborts when the deadline passes (reason: a `TimeoutError`, deadline "overall") or the caller aborts. */
  readonly signal: AbortSignal;
  /** Milliseconds left before the deadline (never negative). */
  remainingMs(): number;
}

/** What {@link withDeadline} needs: the operation's name for the error, the limit, the caller's signal. */
export interface DeadlineSettings {
  readonly operation: string;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
}

/**
 * Runs `work` under an overall deadline combined with the caller's signal. Rejects promptly with a
 * `TimeoutError` (deadline "overall") or the caller's abort reason even if `work` ignores the
 * signal, and always clears its timer.
 */
export async function withDeadline<T>(
  settings: DeadlineSettings,
  work: (deadline: Deadline) => Promise<T>,
): Promise<T> {
  if (settings.signal?.aborted) throw settings.signal.reason;
  const { operation, timeoutMs } = settings;
  const expiry = new AbortController();
  const started = Date.now();
  const timer = setTimeout(() => {
    expiry.abort(
      new TimeoutError(`${operation}: not finished within ${timeoutMs} ms (overall deadline)`, {
        operation,
        timeoutMs,
        deadline: "overall",
      }),
    );
  }, timeoutMs);
  const signal = settings.signal ? AbortSignal.any([settings.signal, expiry.signal]) : expiry.signal;
  const deadline: Deadline = {
    signal,
    remainingMs: () => Math.max(0, timeoutMs - (Date.now() - started)),
  };
  try {
    return await untilAborted(work(deadline), signal);
  } finally {
    clearTimeout(timer);
  }
}
