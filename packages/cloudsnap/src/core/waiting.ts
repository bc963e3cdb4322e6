// Waiting until a snapshot can be used: the polling loop every provider's waiter runs, its options
// and their checks, and the standard failure error.

import { sleep as realSleep, type Sleep, whenAborted } from "./abort";
import { requireId } from "./errors";

export type { Sleep };
export { requireId };

import { type CallOptions, checkTimeout, isAbortSignal, ownProperties } from "./call-options";
import { createValidationError, MAX_MESSAGE_EXCERPT } from "./errors";
import { isTimeoutError } from "./guards";
import type { Provider } from "./http-errors";
import { MAX_TIMER_MS } from "./retry";
import { type LastWaiterState, SnapshotFailedError, WaiterTimeoutError } from "./waiter-errors";

/**
 * Defaults of the NCP and Huawei waiters: first wait 2 s (the NCP Terraform provider's delay),
 * then ×2 up to 20 s between polls, and give up after 30 minutes. Nothing waits forever.
 */
export const DEFAULT_WAITER_TUNING = {
  intervalMs: 2_000,
  maxIntervalMs: 20_000,
  backoff: 2,
  deadlineMs: 30 * 60_000,
} as const;

/** One observation a waiter made, as passed to `onProgress`. */
export interface WaiterState<Resource> extends LastWaiterState {
  readonly provider: Provider;
  /** The snapshot (or job) waited on. */
  readonly resourceId: string;
  /** The provider's object at this poll, as decoded; absent when there was none (e.g. vanished). */
  readonly resource?: Resource;
}

/** Timing of a waiter. Every field is optional; each waiter documents its defaults. */
export interface WaiterTuning {
  /** First wait between polls, in milliseconds. */
  readonly intervalMs?: number;
  /** Longest wait between polls, in milliseconds. */
  readonly maxIntervalMs?: number;
  /** Factor applied to the wait after each poll (≥ 1; 1 means a fixed interval). */
  readonly backoff?: number;
  /** Overall deadline from the first poll, in milliseconds; then `WaiterTimeoutError`. */
  readonly deadlineMs?: number;
}

/** Options every waiter takes. */
export interface WaiterOptions<Resource> extends WaiterTuning {
  /** Stops waiting (and any poll in flight) with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Per-poll attempt timeout in milliseconds (the client's default when left out). */
  readonly timeoutMs?: number;
  /**
   * Called with every observed state, the final one included, before the waiter resolves or
   * rejects. An exception thrown here, or a promise it returns that rejects, rejects the waiter with
   * it; a returned promise is waited for (at most until the deadline).
   */
  readonly onProgress?: (state: WaiterState<Resource>) => unknown;
}

/** What a waiter needs from the outside world; real timers and clock unless given (tests). */
export interface WaiterDeps {
  readonly sleep?: Sleep;
  /** Milliseconds since an arbitrary origin, like `Date.now`. */
  readonly now?: () => number;
}

/** The call options a waiter passes to each poll. */
export interface PollCallOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  /** What is left of the waiter's deadline: one poll (with its retries) never outlives it by much. */
  readonly overallTimeoutMs?: number;
}

/** What one poll found: still pending, done (with the waiter's result), or failed. */
export type Observation<Resource, Result> =
  | {
      readonly kind: "pending";
      readonly operation: string;
      readonly status: string;
      readonly resource?: Resource;
    }
  | {
      readonly kind: "done";
      readonly operation: string;
      readonly status: string;
      readonly resource?: Resource;
      readonly result: Result;
    }
  | {
      readonly kind: "failed";
      readonly operation: string;
      readonly status: string;
      readonly resource?: Resource;
      readonly error: Error;
    };

/** Waiter options with every timing filled in and checked. */
export interface ResolvedWaiterOptions<Resource> {
  readonly intervalMs: number;
  readonly maxIntervalMs: number;
  readonly backoff: number;
  readonly deadlineMs: number;
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number | undefined;
  readonly onProgress: ((state: WaiterState<Resource>) => unknown) | undefined;
}

/**
 * Fills in the defaults and rejects bad timing with a `ValidationError` naming the option, before
 * any poll is sent. A first interval above the default cap raises the cap to it, so
 * `{ intervalMs: 60_000 }` alone means "poll every minute".
 */
export function resolveWaiterOptions<Resource>(
  waiter: string,
  options: WaiterOptions<Resource> | undefined,
  defaults: Required<WaiterTuning>,
): ResolvedWaiterOptions<Resource> {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw createValidationError({ operation: waiter, path: "options", rule: "type", expected: "object" });
  }
  const given = ownProperties(options ?? {});
  const intervalMs = finite(waiter, "intervalMs", given.intervalMs, 0) ?? defaults.intervalMs;
  const explicitMax = finite(waiter, "maxIntervalMs", given.maxIntervalMs, 0);
  if (explicitMax !== undefined && explicitMax < intervalMs) {
    throw createValidationError({
      operation: waiter,
      path: "options.maxIntervalMs",
      rule: "minimum",
      expected: `${intervalMs} (intervalMs)`,
    });
  }
  const backoff = finite(waiter, "backoff", given.backoff, 1) ?? defaults.backoff;
  const deadlineMs = positive(waiter, "deadlineMs", given.deadlineMs) ?? defaults.deadlineMs;
  // Checked as the poll calls will check it, so that a wait that starts after its create was sent
  // never stops at a ValidationError of its own options.
  const timeoutMs = positive(waiter, "timeoutMs", given.timeoutMs);
  if (timeoutMs !== undefined) checkTimeout(timeoutMs, waiter, "options.timeoutMs");
  if (given.signal !== undefined && !isAbortSignal(given.signal)) {
    throw createValidationError({
      operation: waiter,
      path: "options.signal",
      rule: "type",
      expected: "AbortSignal",
    });
  }
  if (given.onProgress !== undefined && typeof given.onProgress !== "function") {
    throw createValidationError({
      operation: waiter,
      path: "options.onProgress",
      rule: "type",
      expected: "function",
    });
  }
  return {
    intervalMs,
    maxIntervalMs: explicitMax ?? Math.max(defaults.maxIntervalMs, intervalMs),
    backoff,
    deadlineMs,
    signal: given.signal,
    timeoutMs,
    onProgress: given.onProgress,
  };
}

function finite(waiter: string, name: string, value: unknown, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  const path = `options.${name}`;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw createValidationError({ operation: waiter, path, rule: "type", expected: "finite number" });
  }
  if (value < minimum)
    throw createValidationError({ operation: waiter, path, rule: "minimum", expected: minimum });
  return value;
}

function positive(waiter: string, name: string, value: unknown): number | undefined {
  const checked = finite(waiter, name, value, 0);
  if (checked === 0) {
    throw createValidationError({
      operation: waiter,
      path: `options.${name}`,
      rule: "range",
      expected: "greater than 0",
    });
  }
  return checked;
}

/** What a waiter waits on, for its progress states and error messages. */
export interface PollTarget {
  /** The waiter's name, e.g. `waitForEvsSnapshot`. */
  readonly waiter: string;
  readonly provider: Provider;
  readonly resourceId: string;
  /** What the id names, in words: `EVS snapshot`, `ZStack job`. */
  readonly what: string;
  /** The operation polled first; named by a timeout that happens before any answer. */
  readonly operation: string;
  /** Secret values to scrub from a timeout's message (the client group's keys and tokens). */
  readonly secrets?: () => readonly string[];
}

/**
 * Least time a poll gets even when the deadline is (almost) reached, so the poll made after the
 * last wait still has a chance to see the snapshot finish. The waiter may thus overrun its deadline
 * by at most this much.
 */
const LAST_POLL_GRACE_MS = 5_000;

/**
 * Polls with `check` until it reports done (resolves with its result) or failed (rejects with its
 * error), waiting `intervalMs`, then × `backoff` up to `maxIntervalMs` between polls, never past
 * `deadlineMs`; then rejects with a `WaiterTimeoutError` carrying the last state. `onProgress` sees
 * every state. An abort rejects with the signal's reason; errors of `check` pass through.
 */
export async function pollUntil<Resource, Result>(
  target: PollTarget,
  check: (call: PollCallOptions) => Promise<Observation<Resource, Result>>,
  options: ResolvedWaiterOptions<Resource>,
  deps: WaiterDeps = {},
): Promise<Result> {
  const sleep = deps.sleep ?? realSleep;
  const now = deps.now ?? Date.now;
  const started = now();
  let interval = options.intervalMs;
  let last: WaiterState<Resource> | undefined;
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw options.signal.reason;
    let observation: Observation<Resource, Result>;
    try {
      observation = await check(callOptions(options, options.deadlineMs - (now() - started)));
    } catch (error) {
      // A poll cut short by the deadline is the waiter timing out, not a failed poll.
      if (isTimeoutError(error) && now() - started >= options.deadlineMs) {
        throw timedOut(target, options, last, error);
      }
      throw error;
    }
    last = {
      provider: target.provider,
      resourceId: target.resourceId,
      attempt,
      elapsedMs: now() - started,
      operation: observation.operation,
      status: observation.status,
      ...(observation.resource === undefined ? {} : { resource: observation.resource }),
    };
    const progress = options.onProgress?.(last);
    // A promise from onProgress is waited for (within the deadline): its rejection stops the waiter
    // like a thrown error does, and is never left unhandled.
    if (isThenable(progress))
      await settleWithin(progress, options.deadlineMs - (now() - started), options.signal);
    if (observation.kind === "done") return observation.result;
    if (observation.kind === "failed") throw observation.error;
    const remaining = options.deadlineMs - last.elapsedMs;
    if (remaining <= 0) throw timedOut(target, options, last);
    await sleep(Math.min(interval, remaining), options.signal);
    interval = nextInterval(interval, options);
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === "function";
}

/** Waits for `work` at most `ms` (then goes on) and never past the signal; leaves no timer or listener. */
async function settleWithin(
  work: PromiseLike<unknown>,
  ms: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let release: (() => void) | undefined;
  const bound = new Promise<void>((resolve, reject) => {
    timer = setTimeout(resolve, Math.max(0, ms));
    if (signal) release = whenAborted(signal, reject);
  });
  try {
    await Promise.race([Promise.resolve(work), bound]);
  } finally {
    clearTimeout(timer);
    release?.();
  }
}

/**
 * The caller's signal, the waiter's attempt timeout when it set one (else the client's own), and
 * what is left of the waiter's deadline (with a short grace) as the poll's overall deadline.
 */
function callOptions<Resource>(options: ResolvedWaiterOptions<Resource>, remaining: number): PollCallOptions {
  return {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    // Within what a timer can hold: a deadline of years still polls, each poll under the longest timer.
    overallTimeoutMs: Math.min(MAX_TIMER_MS, Math.max(remaining, LAST_POLL_GRACE_MS)),
  };
}

function timedOut<Resource>(
  target: PollTarget,
  options: ResolvedWaiterOptions<Resource>,
  last: WaiterState<Resource> | undefined,
  cause?: unknown,
): WaiterTimeoutError {
  const seen = last
    ? `last status ${last.status} from ${last.operation} at poll ${last.attempt}, after ${last.elapsedMs} ms`
    : "no poll answered";
  return new WaiterTimeoutError(
    `${target.waiter}: ${target.what} ${target.resourceId} not ready within ${options.deadlineMs} ms (${seen}); it may still finish`,
    {
      waiter: target.waiter,
      operation: last?.operation ?? target.operation,
      provider: target.provider,
      resourceId: target.resourceId,
      timeoutMs: options.deadlineMs,
      ...(last ? { lastState: last } : {}),
      ...(target.secrets ? { secrets: target.secrets() } : {}),
      ...(cause === undefined ? {} : { cause }),
    },
  );
}

/** The wait after `current`: multiplied by `backoff`, capped at `maxIntervalMs`. */
export function nextInterval(current: number, tuning: { backoff: number; maxIntervalMs: number }): number {
  return Math.min(current * tuning.backoff, tuning.maxIntervalMs);
}

/** Who reported a failure, for {@link snapshotFailure}. */
export interface FailureSource {
  readonly provider: Provider;
  /** The operation whose answer showed the failure. */
  readonly operation: string;
  readonly resourceId: string;
  /** What the id names, in words: `EVS snapshot`. */
  readonly what: string;
  /** Secret values to scrub from the provider's reason (the client group's keys and tokens). */
  readonly secrets?: () => readonly string[];
}

/**
 * A `SnapshotFailedError` with the standard message, e.g.
 * `showJob: EVS snapshot bb02… failed with status FAIL (EVS.5400): disk is busy`.
 */
export function snapshotFailure(
  source: FailureSource,
  providerStatus: string,
  details: { reason?: string | null; code?: string | null } = {},
): SnapshotFailedError {
  const reason = details.reason ?? undefined;
  const code = details.code ?? undefined;
  const excerpt =
    reason && reason.length > MAX_MESSAGE_EXCERPT ? `${reason.slice(0, MAX_MESSAGE_EXCERPT)}…` : reason;
  return new SnapshotFailedError(
    `${source.operation}: ${source.what} ${source.resourceId} failed with status ${providerStatus}` +
      `${code ? ` (${code})` : ""}${excerpt ? `: ${excerpt}` : ""}`,
    {
      provider: source.provider,
      operation: source.operation,
      resourceId: source.resourceId,
      providerStatus,
      ...(source.secrets ? { secrets: source.secrets() } : {}),
      ...(reason === undefined ? {} : { reason }),
      ...(code === undefined ? {} : { code }),
    },
  );
}

/** Options of a `…AndWait` method: the create's call options, plus how to wait (`wait`). */
export interface AndWaitOptions<Resource> extends CallOptions {
  /** Interval, backoff, deadline, signal and `onProgress` of the wait that follows the create. */
  readonly wait?: WaiterOptions<Resource>;
}

/**
 * Splits a `…AndWait` method's options into the create's and the waiter's, checking the waiter's
 * before anything is sent (a `ValidationError` always means nothing was sent). The create's signal
 * is the waiter's default, so one abort stops both.
 */
export function splitAndWaitOptions<Resource, Create extends CallOptions = CallOptions>(
  operation: string,
  waiter: string,
  options: (Create & { readonly wait?: WaiterOptions<Resource> }) | undefined,
  tuning: Required<WaiterTuning>,
): { readonly create: Create; readonly wait: WaiterOptions<Resource> } {
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw createValidationError({ operation, path: "options", rule: "type", expected: "object" });
  }
  const own = ownProperties(options ?? ({} as Create & { wait?: WaiterOptions<Resource> }));
  const { wait: given, ...create } = own;
  // Only own properties count, here as everywhere options are read (a rest copy has a prototype).
  const ownWait = typeof given === "object" && given !== null ? ownProperties(given) : given;
  const wait =
    own.signal && ownWait?.signal === undefined ? { ...ownWait, signal: own.signal } : (ownWait ?? {});
  resolveWaiterOptions(waiter, wait, tuning);
  return { create: create as unknown as Create, wait };
}
