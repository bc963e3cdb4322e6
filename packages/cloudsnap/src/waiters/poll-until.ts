import { isTimeoutError, type Provider, WaiterTimeoutError } from "../errors";
import { sleep as realSleep } from "../http/sleep";
import { nextInterval } from "./next-interval";
import type { ResolvedWaiterOptions } from "./resolve-waiter-options";
import type { Observation, PollCallOptions, WaiterDeps, WaiterState } from "./types";

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
    options.onProgress?.(last);
    if (observation.kind === "done") return observation.result;
    if (observation.kind === "failed") throw observation.error;
    const remaining = options.deadlineMs - last.elapsedMs;
    if (remaining <= 0) throw timedOut(target, options, last);
    await sleep(Math.min(interval, remaining), options.signal);
    interval = nextInterval(interval, options);
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
    overallTimeoutMs: Math.max(remaining, LAST_POLL_GRACE_MS),
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
