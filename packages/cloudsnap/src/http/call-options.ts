import type { RetryOptions } from "./retry-policy";

/** Per-call options every facade operation takes. */
export interface CallOptions {
  /** Aborts the call: the pending attempt, a backoff sleep or a job poll; the call rejects with its reason. */
  readonly signal?: AbortSignal;
  /**
   * Per-attempt timeout in milliseconds (default: the client's, else 30 s): covers signing, sending
   * and reading the whole answer. An attempt that runs out rejects with `TimeoutError` (deadline
   * "attempt"), after which only a read (or a create with a client-chosen id) is retried.
   */
  readonly timeoutMs?: number;
  /**
   * Overall deadline in milliseconds (default: the client's, else 2 min): every attempt, backoff
   * sleep and token or session login and, for a ZStack create, the job polling (there the default
   * is 2 min plus the job's `deadlineMs`). When it passes, the call rejects with `TimeoutError`
   * (deadline "overall"); a retry that could not start before it is not made, and the last failure
   * is thrown instead.
   */
  readonly overallTimeoutMs?: number;
  /** Retry settings for this call, merged over the client's `retry` and the defaults. */
  readonly retry?: RetryOptions;
  /** Extra request headers (not auth headers: the client sets those). */
  readonly headers?: Readonly<Record<string, string>>;
}
