// Cancellation plumbing shared by calls, retries and waiters: one listener per caller signal however
// many calls share it, sleeps that abort, races that never outlive a signal, and the overall deadline.

import { TimeoutError } from "./errors";
import { MAX_TIMER_MS } from "./retry";

type Listener = (reason: unknown) => void;

/** Per signal, the callbacks of every call waiting on it, and the one listener they share. */
const waiting = new WeakMap<
  AbortSignal,
  { readonly listeners: Set<Listener>; readonly handler: () => void }
>();

/**
 * Calls `listener` with the signal's reason when it aborts (at once, in a microtask, if it already
 * has). Returns the function that releases the listener; call it when the work settles. However many
 * calls share one signal, it carries a single listener of cloudsnap's, removed with the last release.
 */
export function onAbort(signal: AbortSignal, listener: Listener): () => void {
  if (signal.aborted) {
    queueMicrotask(() => listener(signal.reason));
    return () => undefined;
  }
  let entry = waiting.get(signal);
  if (entry === undefined) {
    const listeners = new Set<Listener>();
    const handler = () => {
      waiting.delete(signal);
      for (const each of [...listeners]) each(signal.reason);
    };
    entry = { listeners, handler };
    waiting.set(signal, entry);
    signal.addEventListener("abort", handler, { once: true });
  }
  const { listeners, handler } = entry;
  listeners.add(listener);
  return () => {
    if (!listeners.delete(listener) || listeners.size > 0) return;
    signal.removeEventListener("abort", handler);
    if (waiting.get(signal)?.handler === handler) waiting.delete(signal);
  };
}

/** Waits `ms` milliseconds, or rejects with the signal's reason as soon as it aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * A {@link Sleep} on a real timer, shared by retries and waiters. Rejects with `signal.reason` at
 * once if the signal is already aborted, or as soon as it aborts; the timer and the listener are
 * removed either way. Delays are clamped to what a timer can hold.
 */
export const sleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const release = signal
      ? onAbort(signal, (reason) => {
          clearTimeout(timer);
          reject(reason);
        })
      : undefined;
    const timer = setTimeout(
      () => {
        release?.();
        resolve();
      },
      Math.min(Math.max(ms, 0), MAX_TIMER_MS),
    );
  });

/**
 * Settles with `work`, or rejects with the signal's reason as soon as `signal` aborts, whichever
 * comes first. Work that ignores its signal (a fetch implementation, a credential provider) can then
 * never hold a call past its deadline. A late rejection of `work` is always observed.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const release = onAbort(signal, reject);
    work.then(resolve, reject).finally(release);
  });
}

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
 * signal, and always clears its timer and releases its listener.
 */
export async function withDeadline<T>(
  settings: DeadlineSettings,
  work: (deadline: Deadline) => Promise<T>,
): Promise<T> {
  if (settings.signal?.aborted) throw settings.signal.reason;
  const { operation, timeoutMs } = settings;
  const controller = new AbortController();
  const started = Date.now();
  const timer = setTimeout(() => {
    controller.abort(
      new TimeoutError(`${operation}: not finished within ${timeoutMs} ms (overall deadline)`, {
        operation,
        timeoutMs,
        deadline: "overall",
      }),
    );
  }, timeoutMs);
  const release = settings.signal
    ? onAbort(settings.signal, (reason) => controller.abort(reason))
    : undefined;
  const deadline: Deadline = {
    signal: controller.signal,
    remainingMs: () => Math.max(0, timeoutMs - (Date.now() - started)),
  };
  try {
    return await untilAborted(work(deadline), controller.signal);
  } finally {
    clearTimeout(timer);
    release?.();
  }
}
