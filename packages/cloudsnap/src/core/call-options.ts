// The options every client factory and every call take, and their checks: a bad option is a
// `ValidationError` naming it, thrown before anything is sent.

import { createValidationError } from "./errors";
import type { Logger } from "./logging";
import type { Transport } from "./provider";
import { MAX_TIMER_MS, type RetryOptions, type RetryPolicy, resolveRetryPolicy } from "./retry";
import type { ClockInput } from "./signing";

/** Per-attempt timeout when the caller sets none: long enough for a slow gateway, never forever. */
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 30_000;
/** Overall deadline of a call when the caller sets none: every attempt, backoff and wait included. */
export const DEFAULT_OVERALL_TIMEOUT_MS = 120_000;
/** Largest response body read into memory; a bigger one is refused instead of exhausting the heap. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

/** Headers no caller may set: the transport owns them (the signers own their own, see `Authorizer`). */
const TRANSPORT_HEADERS = ["host", "content-length", "content-type", "transfer-encoding", "connection"];
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters (they would split or truncate a header).
const BAD_HEADER_VALUE = /[\u0000-\u0008\u000a-\u001f\u007f]|[^\u0000-\u00ff]/;

/** Per-call options every facade operation takes. */
export interface CallOptions {
  /** Aborts the call: the pending attempt, a backoff sleep or a job poll; the call rejects with its reason. */
  readonly signal?: AbortSignal;
  /**
   * Per-attempt timeout in milliseconds (default: the client's, else 30 s): covers sending and
   * reading the whole answer. An attempt that runs out rejects with `TimeoutError` (deadline
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
  /**
   * Extra request headers. Auth headers (the signer's), `Host`, `Content-Type` and `Content-Length`
   * belong to the client: setting one is a `ValidationError`.
   */
  readonly headers?: Readonly<Record<string, string>>;
}

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
  /** Clock for signatures (a function returning a `Date`, or a fixed `Date`); defaults to the real clock. */
  readonly now?: ClockInput;
  /**
   * Debug logging: one line per request and per response (with timing and request id), written to
   * `logger.debug`. URLs, headers and messages are redacted: no key, token, session or signature.
   */
  readonly logger?: Logger;
  /** Fetch implementation, given a `Request`; defaults to the global `fetch`. */
  readonly fetch?: (request: Request) => Promise<Response>;
}

/**
 * A caller's object (parameters or options) as its own enumerable properties on a null prototype:
 * whatever is read from it later, a name it does not have itself is `undefined`, never a value
 * inherited from its prototype or planted on a polluted `Object.prototype`.
 */
export function ownProperties<T extends object>(value: T): T {
  return Object.assign(Object.create(null) as T, value);
}

/** A timeout must be a number of milliseconds from 1 to 2^31-1 (longer ones would fire at once). */
export function checkTimeout(value: unknown, operation: string, path: string): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 1 || value > MAX_TIMER_MS)
    throw createValidationError({
      operation,
      path,
      rule: "range",
      expected: `a number of milliseconds from 1 to ${MAX_TIMER_MS}`,
    });
}

/**
 * Checks a factory's reliability options up front (a bad value is a `ValidationError` naming the
 * factory and the option) and returns the transport every call of the client shares.
 */
export function createTransport(factory: string, options: ClientReliabilityOptions): Transport {
  if (typeof options !== "object" || options === null) {
    throw createValidationError({ operation: factory, path: "options", rule: "type", expected: "object" });
  }
  const policy = resolveRetryPolicy(factory, options.retry);
  if (options.timeoutMs !== undefined) checkTimeout(options.timeoutMs, factory, "timeoutMs");
  if (options.overallTimeoutMs !== undefined)
    checkTimeout(options.overallTimeoutMs, factory, "overallTimeoutMs");
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw createValidationError({ operation: factory, path: "fetch", rule: "type", expected: "function" });
  }
  if (options.logger !== undefined && typeof options.logger?.debug !== "function") {
    throw createValidationError({
      operation: factory,
      path: "logger",
      rule: "type",
      expected: "an object with a debug method",
    });
  }
  return {
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS,
    overallTimeoutMs: options.overallTimeoutMs,
    policy,
    logger: options.logger,
    maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
  };
}

/** Whether a client learns clock skew: as asked, else only when it runs on the real clock. */
export function shouldCorrectClockSkew(options: ClientReliabilityOptions): boolean {
  return options.correctClockSkew ?? options.now === undefined;
}

/** One call's options, checked and merged over its client's. */
export interface ResolvedCall {
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number;
  readonly overallMs: number;
  readonly policy: RetryPolicy;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Checks a call's options before anything is sent: `options` must be an object, `signal` an
 * `AbortSignal`, `headers` a plain object of valid names and values that does not touch a header the
 * client owns (`owned`, plus `Host`, `Content-Type`, …), timeouts whole positive milliseconds, and
 * `retry` a valid partial policy. `defaultOverallMs` is the deadline when neither call nor client sets one.
 */
export function resolveCallOptions(
  operation: string,
  options: unknown,
  transport: Transport,
  owned: readonly string[],
  defaultOverallMs?: number,
): ResolvedCall {
  if (options === undefined) {
    return {
      signal: undefined,
      timeoutMs: transport.timeoutMs,
      overallMs: transport.overallTimeoutMs ?? defaultOverallMs ?? DEFAULT_OVERALL_TIMEOUT_MS,
      policy: transport.policy,
      headers: {},
    };
  }
  const fail = (path: string, rule: string, expected: string) =>
    createValidationError({ operation, path, rule, expected });
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw fail("options", "type", "object");
  const given = ownProperties(options as CallOptions);
  if (given.signal !== undefined && !isAbortSignal(given.signal))
    throw fail("options.signal", "type", "AbortSignal");
  if (given.timeoutMs !== undefined) checkTimeout(given.timeoutMs, operation, "timeoutMs");
  if (given.overallTimeoutMs !== undefined)
    checkTimeout(given.overallTimeoutMs, operation, "overallTimeoutMs");
  return {
    signal: given.signal,
    timeoutMs: given.timeoutMs ?? transport.timeoutMs,
    overallMs:
      given.overallTimeoutMs ?? transport.overallTimeoutMs ?? defaultOverallMs ?? DEFAULT_OVERALL_TIMEOUT_MS,
    policy:
      given.retry === undefined
        ? transport.policy
        : resolveRetryPolicy(operation, transport.policy, given.retry),
    headers: checkHeaders(operation, given.headers, owned),
  };
}

function checkHeaders(operation: string, headers: unknown, owned: readonly string[]): Record<string, string> {
  if (headers === undefined) return {};
  const fail = (path: string, rule: string, expected: string) =>
    createValidationError({ operation, path, rule, expected });
  if (
    typeof headers !== "object" ||
    headers === null ||
    Array.isArray(headers) ||
    headers instanceof Headers
  ) {
    throw fail("options.headers", "type", "a plain object of header names and string values");
  }
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const path = `options.headers[${JSON.stringify(name)}]`;
    if (!HEADER_NAME.test(name)) throw fail(path, "format", "a header name (letters, digits and -)");
    if (typeof value !== "string") throw fail(path, "type", "string");
    if (BAD_HEADER_VALUE.test(value))
      throw fail(path, "format", "a header value without line breaks or characters above U+00FF");
    const lower = name.toLowerCase();
    if (owned.includes(lower) || TRANSPORT_HEADERS.includes(lower)) {
      throw fail(
        path,
        "reserved",
        "a header the client sets itself (an auth header, Host, Content-Type or Content-Length)",
      );
    }
    out[lower] = value;
  }
  return out;
}

export function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AbortSignal).aborted === "boolean" &&
    typeof (value as AbortSignal).addEventListener === "function" &&
    typeof (value as AbortSignal).removeEventListener === "function"
  );
}
