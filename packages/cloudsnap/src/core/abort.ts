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
      ? whenAborted(signal, (reason) => {
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
 * Something that can abort without being an `AbortSignal`: a call's own deadline, which makes no
 * `AbortController` (and registers no `EventTarget` listener) unless some code asks for its signal.
 */
export interface AbortSource {
  readonly aborted: boolean;
  readonly reason: unknown;
  /** Like {@link onAbort}: calls `listener` once with the reason; returns the release function. */
  listen(listener: Listener): () => void;
}

function isAbortSource(source: AbortSignal | AbortSource): source is AbortSource {
  return typeof (source as Partial<AbortSource>).listen === "function";
}

/** {@link onAbort} for a signal or an {@link AbortSource}. */
export function whenAborted(source: AbortSignal | AbortSource, listener: Listener): () => void {
  return isAbortSource(source) ? source.listen(listener) : onAbort(source, listener);
}

/**
 * Settles with `work`, or rejects with the signal's reason as soon as `signal` aborts, whichever
 * comes first. Work that ignores its signal (a fetch implementation, a credential provider) can then
 * never hold a call past its deadline. A late rejection of `work` is always observed.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | AbortSource): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const release = whenAborted(signal, reject);
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

/** The deadline {@link withDeadline} makes: also an {@link AbortSource}, its signal made on first use. */
export interface CallDeadline extends Deadline, AbortSource {
  /** Delegates to `signal` (making it): the deadline passes for an `AbortSignal` (see {@link asSignal}). */
  addEventListener(type: "abort", listener: () => void, options?: AddEventListenerOptions): void;
  removeEventListener(type: "abort", listener: () => void): void;
  throwIfAborted(): void;
}

/**
 * A call's deadline handed on as the `signal` of the calls made under it (a ZStack create and its
 * job polls): the core watches it through {@link whenAborted}, without an `AbortController`; code that
 * uses it as an `EventTarget` gets the real signal's behaviour.
 */
export function asSignal(deadline: CallDeadline): AbortSignal {
  return deadline as unknown as AbortSignal;
}

/** Whether `deadline` is one {@link withDeadline} made (so it can be watched without its signal). */
export function isCallDeadline(deadline: Deadline): deadline is CallDeadline {
  return typeof (deadline as Deadline & Partial<AbortSource>).listen === "function";
}

/** What {@link withDeadline} needs: the operation's name for the error, the limit, the caller's signal. */
export interface DeadlineSettings {
  readonly operation: string;
  readonly timeoutMs: number;
  /** The caller's signal, or an enclosing call's deadline. */
  readonly signal?: AbortSignal | AbortSource | undefined;
}

/**
 * A deadline that aborts at most once. Its `AbortSignal` is made only when some code reads `signal`
 * (a signal costs an `AbortController`, and every listener on it an `EventTarget` registration, on
 * every call); the core itself watches it through `listen`.
 */
function createCallDeadline(timeoutMs: number): CallDeadline & { abort(reason: unknown): void } {
  const started = Date.now();
  let controller: AbortController | undefined;
  let listeners: Set<Listener> | undefined;
  const state = { aborted: false, reason: undefined as unknown };
  return {
    get aborted() {
      return state.aborted;
    },
    get reason() {
      return state.reason;
    },
    get signal() {
      if (controller === undefined) {
        controller = new AbortController();
        if (state.aborted) controller.abort(state.reason);
      }
      return controller.signal;
    },
    remainingMs: () => Math.max(0, timeoutMs - (Date.now() - started)),
    addEventListener(type, listener, options) {
      this.signal.addEventListener(type, listener, options);
    },
    removeEventListener(type, listener) {
      this.signal.removeEventListener(type, listener);
    },
    throwIfAborted() {
      if (state.aborted) throw state.reason;
    },
    listen(listener) {
      if (state.aborted) {
        queueMicrotask(() => listener(state.reason));
        return () => undefined;
      }
      listeners ??= new Set();
      listeners.add(listener);
      return () => {
        listeners?.delete(listener);
      };
    },
    abort(reason) {
      if (state.aborted) return;
      state.aborted = true;
      state.reason = reason;
      controller?.abort(reason);
      const waiting = listeners === undefined ? [] : [...listeners];
      listeners?.clear();
      for (const each of waiting) each(reason);
    },
  };
}

/**
 * Runs `work` under an overall deadline combined with the caller's signal. Rejects promptly with a
 * `TimeoutError` (deadline "overall") or the caller's abort reason even if `work` ignores the
 * signal, and always clears its timer and releases its listener.
 */
export async function withDeadline<T>(
  settings: DeadlineSettings,
  work: (deadline: CallDeadline) => Promise<T>,
): Promise<T> {
  if (settings.signal?.aborted) throw settings.signal.reason;
  const { operation, timeoutMs } = settings;
  const deadline = createCallDeadline(timeoutMs);
  const timer = setTimeout(() => {
    deadline.abort(
      new TimeoutError(`${operation}: not finished within ${timeoutMs} ms (overall deadline)`, {
        operation,
        timeoutMs,
        deadline: "overall",
      }),
    );
  }, timeoutMs);
  const release = settings.signal
    ? whenAborted(settings.signal, (reason) => deadline.abort(reason))
    : undefined;
  try {
    return await untilAborted(work(deadline), deadline);
  } finally {
    clearTimeout(timer);
    release?.();
  }
}
