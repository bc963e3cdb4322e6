// A token bucket per provider account that every request of that account passes through (creates,
// waiter polls, logins and token requests alike), slowed down together when the provider throttles
// and sped up again little by little (additive increase, multiplicative decrease).

import { onAbort } from "../core/abort";
import { parseRetryAfter } from "../core/http-errors";

/** What one account's limiter reports when the provider throttles it. */
export interface ThrottleNotice {
  readonly account: string;
  /** The pause before the next request, in milliseconds. */
  readonly pauseMs: number;
  /** The rate the account continues at, in requests per second. */
  readonly rate: number;
  /** The provider's `Retry-After`, when it sent one. */
  readonly retryAfterMs?: number;
}

/** Counters of one account. */
export interface AccountStats {
  readonly account: string;
  readonly requests: number;
  readonly throttled: number;
  /** The ceiling, in requests per second. */
  readonly ceiling: number;
  /** Requests per second between the first and the last request (0 with fewer than two). */
  readonly achievedRate: number;
}

/** The clock and timers a limiter uses; real ones unless a test gives its own. */
export interface LimiterClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const REAL_CLOCK: LimiterClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface QueueEntry {
  resolve: () => void;
  reject: (reason: unknown) => void;
  release: () => void;
}

/** The slowest an account is ever driven to after repeated throttling, as a share of its ceiling. */
const FLOOR_SHARE = 1 / 16;
/** Ramp back up: the rate regains this share of the ceiling per second without throttling. */
const RECOVERY_SHARE_PER_SECOND = 1 / 10;
/** Pause after a throttling answer that names no `Retry-After`. */
const DEFAULT_PAUSE_MS = 1_000;
/**
 * How far a late timer is caught up while requests wait: at most this long's worth of tokens go at
 * once (10 at 100/s). Enough for timer granularity and event-loop stalls; a longer stall (a
 * suspended process) loses its time rather than bursting into the provider's one-second window.
 */
export const MAX_CATCH_UP_MS = 100;
/** A `Retry-After` beyond this is capped: a broken header must not park a bulk run for hours. */
const MAX_PAUSE_MS = 60_000;

/**
 * One account's token bucket. Requests queue in order; one token is released every `1/rate` s. While
 * requests wait, the schedule is kept: a timer that fires late (timers are millisecond-grained, and a
 * busy event loop runs them later still) releases every request that fell due meanwhile, up to
 * {@link MAX_CATCH_UP_MS} worth, so jitter does not lower the rate. An idle spell banks nothing: after
 * one at most two requests go at once. On throttling, every queued and future request of the account
 * pauses together and the rate is halved; it then climbs back towards the ceiling.
 */
export class AccountLimiter {
  readonly account: string;
  readonly ceiling: number;
  #rate: number;
  #next = 0; // the earliest moment the next request may go
  #pausedUntil = 0;
  #lastRamp: number;
  #queue: QueueEntry[] = [];
  #timer: unknown;
  #requests = 0;
  #throttled = 0;
  #first = 0;
  #last = 0;
  readonly #clock: LimiterClock;
  readonly #onThrottle: ((notice: ThrottleNotice) => void) | undefined;

  constructor(
    account: string,
    ceiling: number,
    options: { clock?: LimiterClock; onThrottle?: (notice: ThrottleNotice) => void } = {},
  ) {
    this.account = account;
    this.ceiling = ceiling;
    this.#rate = ceiling;
    this.#clock = options.clock ?? REAL_CLOCK;
    this.#lastRamp = this.#clock.now();
    this.#onThrottle = options.onThrottle;
  }

  /** The current rate, in requests per second. */
  get rate(): number {
    return this.#rate;
  }

  stats(): AccountStats {
    const span = (this.#last - this.#first) / 1000;
    return {
      account: this.account,
      requests: this.#requests,
      throttled: this.#throttled,
      ceiling: this.ceiling,
      achievedRate: this.#requests > 1 && span > 0 ? (this.#requests - 1) / span : 0,
    };
  }

  /** Resolves when this account may send one request; rejects with the signal's reason on abort. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const entry: QueueEntry = { resolve, reject, release: () => undefined };
      if (signal) {
        entry.release = onAbort(signal, (reason) => {
          const index = this.#queue.indexOf(entry);
          if (index >= 0) this.#queue.splice(index, 1);
          reject(reason);
        });
      }
      // After an idle spell the schedule starts afresh (at most one token kept): idle time is not banked.
      if (this.#queue.length === 0) this.#next = Math.max(this.#next, this.#clock.now() - 1000 / this.#rate);
      this.#queue.push(entry);
      this.#pump();
    });
  }

  /** The provider throttled a request: pause everyone, halve the rate. */
  throttled(retryAfterMs: number | undefined): void {
    this.#throttled += 1;
    const now = this.#clock.now();
    this.#rate = Math.max(this.ceiling * FLOOR_SHARE, this.#rate / 2);
    this.#lastRamp = now;
    const pauseMs = Math.min(MAX_PAUSE_MS, retryAfterMs ?? DEFAULT_PAUSE_MS);
    this.#pausedUntil = Math.max(this.#pausedUntil, now + pauseMs);
    this.#onThrottle?.({
      account: this.account,
      pauseMs,
      rate: this.#rate,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
    this.#reschedule();
  }

  /** Stops the timer; queued requests reject with `reason`. */
  close(reason: unknown): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    for (const entry of this.#queue.splice(0)) {
      entry.release();
      entry.reject(reason);
    }
  }

  #ramp(now: number): void {
    if (this.#rate >= this.ceiling) return;
    const seconds = (now - this.#lastRamp) / 1000;
    this.#rate = Math.min(this.ceiling, this.#rate + this.ceiling * RECOVERY_SHARE_PER_SECOND * seconds);
    this.#lastRamp = now;
  }

  #pump(): void {
    const now = this.#clock.now();
    this.#ramp(now);
    while (this.#queue.length > 0) {
      const at = Math.max(this.#next, this.#pausedUntil);
      if (at > now) break;
      const entry = this.#queue.shift() as QueueEntry;
      const interval = 1000 / this.#rate;
      this.#next = Math.max(at, now - Math.max(interval, MAX_CATCH_UP_MS)) + interval;
      if (this.#requests === 0) this.#first = now;
      this.#last = now;
      this.#requests += 1;
      entry.release();
      entry.resolve();
    }
    this.#reschedule();
  }

  #reschedule(): void {
    if (this.#timer !== undefined) this.#clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#queue.length === 0) return;
    const wait = Math.max(0, Math.max(this.#next, this.#pausedUntil) - this.#clock.now());
    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = undefined;
      this.#pump();
    }, Math.ceil(wait));
  }
}

/** Is this answer the provider saying "too many requests"? HTTP 429 on every one of the three. */
export function isThrottling(response: Response): boolean {
  return response.status === 429;
}

/**
 * A `fetch` that takes a token from the account's bucket before every request and tells the bucket
 * when the provider throttles. The clients of a bulk run are built with it, so their creates, waiter
 * polls, logins and token requests share one budget.
 */
export function limitedFetch(
  limiter: AccountLimiter,
  base: (request: Request) => Promise<Response> = (request) => fetch(request),
): (request: Request) => Promise<Response> {
  return async (request) => {
    await limiter.acquire(request.signal);
    const response = await base(request);
    if (isThrottling(response)) limiter.throttled(parseRetryAfter(response.headers.get("retry-after")));
    return response;
  };
}
