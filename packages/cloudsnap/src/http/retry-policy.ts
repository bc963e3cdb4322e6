/**
 * How much randomness spreads the backoff delays: `"full"` picks uniformly between 0 and the
 * computed delay (AWS "full jitter"), `"none"` waits exactly the computed delay, and a number `f`
 * between 0 and 1 randomises that fraction of it (waits between `(1 - f) × delay` and `delay`).
 */
export type RetryJitter = "full" | "none" | number;

/**
 * The separate, small budget for "resource busy" refusals: Huawei EVS answers 409 `EVS.2409` while
 * another snapshot of the same volume is being created. The request was refused, so retrying it is
 * safe even for a create; the wait is longer because the other snapshot takes seconds to minutes.
 */
export interface ResourceBusyRetryPolicy {
  /** Tries in all, the first included, while the resource stays busy (default 6). */
  readonly maxAttempts: number;
  /** Wait before the first retry, in milliseconds; doubles per retry (default 2 s). */
  readonly baseDelayMs: number;
  /** Longest wait between tries, in milliseconds (default 10 s). */
  readonly maxDelayMs: number;
}

/**
 * When and how a failed call is sent again. Plain data: set it per client (`retry` option of the
 * factories) or per call (`CallOptions.retry`); partial settings are merged over
 * {@link DEFAULT_RETRY_POLICY}, the call's over the client's.
 *
 * Whatever the policy, a create (any operation that is not a read) is sent again only when it
 * provably did not run: the connection was refused or the host not found before anything was sent,
 * the provider throttled it (429, Huawei `APIGW.0308`), refused it because the resource was busy
 * (Huawei `EVS.2409`), or rejected its signature because of clock skew (re-signed once with the
 * corrected clock), or when the provider deduplicates it by a client-chosen id (ZStack `X-Job-UUID`).
 * Reads are also retried after timeouts, dropped connections and the statuses listed here.
 */
export interface RetryPolicy {
  /** Tries in all, the first included (default 3; 1 turns retries off). */
  readonly maxAttempts: number;
  /** Backoff before the first retry, in milliseconds; doubles per retry (default 500). */
  readonly baseDelayMs: number;
  /** Longest backoff between tries, in milliseconds (default 8 000). */
  readonly maxDelayMs: number;
  /** Randomness of the backoff (default `"full"`). `Retry-After` waits are never jittered. */
  readonly jitter: RetryJitter;
  /**
   * Statuses worth another try (default 408, 429, 500, 502, 503, 504). 429 is retried for every
   * operation (the request was refused); the others only for reads, for a create that carries a
   * client-chosen id, or with `unsafeRetries`.
   */
  readonly retryableStatuses: readonly number[];
  /**
   * Longest wait honoured from a `Retry-After` header, in milliseconds (default 30 000). A longer
   * `Retry-After` is cut to this; the retry may then be throttled again and use up the attempts.
   */
  readonly maxRetryAfterMs: number;
  /**
   * Also retry a create after a timeout, a dropped connection or a retryable 5xx (default `false`).
   * **Risk:** such a create may have run on the server, so a retry can create a second snapshot.
   * Turn it on only when a duplicate is harmless to you or you check for one afterwards.
   */
  readonly unsafeRetries: boolean;
  /** The separate budget for "resource busy" refusals (Huawei `EVS.2409`). */
  readonly resourceBusy: ResourceBusyRetryPolicy;
}

/** A partial {@link RetryPolicy}: the fields given replace the defaults (or the client's settings). */
export type RetryOptions = Partial<Omit<RetryPolicy, "resourceBusy">> & {
  readonly resourceBusy?: Partial<ResourceBusyRetryPolicy>;
};

/** The policy used when neither the client nor the call sets one. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  jitter: "full",
  retryableStatuses: Object.freeze([408, 429, 500, 502, 503, 504]),
  maxRetryAfterMs: 30_000,
  unsafeRetries: false,
  resourceBusy: Object.freeze({ maxAttempts: 6, baseDelayMs: 2_000, maxDelayMs: 10_000 }),
});
