import type { Logger } from "../logging/logger";
import type { InvokeDeps } from "./invoke-operation";
import { resolveRetryPolicy } from "./resolve-retry-policy";
import { checkTimeout } from "./resolve-timeouts";
import type { RetryOptions } from "./retry-policy";

/** Retry, deadline and clock options every client factory takes. */
export interface ClientReliabilityOptions {
  /** Per-attempt timeout in milliseconds (default 30 s); a call's `timeoutMs` overrides it. */
  readonly timeoutMs?: number;
  /**
   * Overall deadline of each call in milliseconds (default 2 min): every attempt, backoff sleep and
   * login, and for a ZStack create also the job polling. A call's `overallTimeoutMs` overrides it.
   */
  readonly overallTimeoutMs?: number;
  /**
   * Retry settings for every call of this client, merged over `DEFAULT_RETRY_POLICY`; a
   * call's `retry` is merged over these. See `RetryPolicy` for what is retried and when.
   */
  readonly retry?: RetryOptions;
  /**
   * When the provider rejects a signature because this machine's clock is off by more than it
   * allows (NCP 5 min, Huawei and ZStack 15 min), learn the offset from the provider's `Date`
   * header, re-sign and send once more, and keep the offset for the client's later calls.
   * Default: `true`, or `false` when you pass `now` (a clock you inject is taken as it is).
   */
  readonly correctClockSkew?: boolean;
  /** Clock for signatures; defaults to the real clock. */
  readonly now?: () => Date;
  /**
   * Debug logging: one line per request and per response (with timing and request id), written to
   * `logger.debug`. URLs, headers and messages are redacted: no key, token, session or signature.
   */
  readonly logger?: Logger;
}

/**
 * Checks a factory's reliability options up front (a bad value is a `ValidationError` naming the
 * factory and the option) and returns the parts every call shares.
 */
export function clientReliability(
  factory: string,
  options: ClientReliabilityOptions,
): Pick<InvokeDeps, "timeoutMs" | "overallTimeoutMs" | "retry" | "logger"> {
  if (options.retry !== undefined) resolveRetryPolicy(factory, options.retry);
  if (options.timeoutMs !== undefined) checkTimeout(options.timeoutMs, factory, "timeoutMs");
  if (options.overallTimeoutMs !== undefined)
    checkTimeout(options.overallTimeoutMs, factory, "overallTimeoutMs");
  return {
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.overallTimeoutMs === undefined ? {} : { overallTimeoutMs: options.overallTimeoutMs }),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    ...(options.logger === undefined ? {} : { logger: options.logger }),
  };
}

/** Whether a client learns clock skew: as asked, else only when it runs on the real clock. */
export function shouldCorrectClockSkew(options: ClientReliabilityOptions): boolean {
  return options.correctClockSkew ?? options.now === undefined;
}
