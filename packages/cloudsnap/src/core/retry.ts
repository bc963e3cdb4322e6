// Retry rules as plain data and small pure functions: classify a failure, pick its budget, compute
// the delay. The loop that uses them is in pipeline.ts.

import { createValidationError, ValidationError } from "./errors";
import { isHttpError, isNetworkError, isTimeoutError } from "./guards";
import type { HttpError } from "./http-errors";

/** The longest delay `setTimeout` honours; a larger one would fire at once instead. */
export const MAX_TIMER_MS = 2_147_483_647;

/** An upper bound on `maxAttempts` that catches a mistyped value before it floods a provider. */
export const MAX_RETRY_ATTEMPTS = 100;

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

const POLICY_KEYS = new Set(Object.keys(DEFAULT_RETRY_POLICY));
const BUSY_KEYS = new Set(Object.keys(DEFAULT_RETRY_POLICY.resourceBusy));

/**
 * Merges partial retry settings over {@link DEFAULT_RETRY_POLICY}, later ones winning (client, then
 * call), and checks every field: a bad value is a `ValidationError` naming `operation` and the field,
 * thrown before anything is sent.
 */
export function resolveRetryPolicy(
  operation: string,
  ...layers: readonly (RetryOptions | undefined)[]
): RetryPolicy {
  let policy: RetryPolicy = DEFAULT_RETRY_POLICY;
  for (const layer of layers) {
    if (layer === undefined) continue;
    const given = checkObject(layer, operation, "retry", POLICY_KEYS);
    const busy =
      given.resourceBusy === undefined
        ? {}
        : checkObject(given.resourceBusy, operation, "retry.resourceBusy", BUSY_KEYS);
    policy = {
      ...policy,
      ...withoutUndefined(given),
      resourceBusy: { ...policy.resourceBusy, ...withoutUndefined(busy) },
    };
  }
  checkPolicy(policy, operation);
  return policy;
}

function checkPolicy(policy: RetryPolicy, operation: string): void {
  checkAttempts(policy.maxAttempts, operation, "retry.maxAttempts");
  checkMs(policy.baseDelayMs, operation, "retry.baseDelayMs");
  checkMs(policy.maxDelayMs, operation, "retry.maxDelayMs");
  checkMs(policy.maxRetryAfterMs, operation, "retry.maxRetryAfterMs");
  checkBusy(policy.resourceBusy, operation);
  const jitter: unknown = policy.jitter;
  if (!(jitter === "full" || jitter === "none" || (typeof jitter === "number" && jitter >= 0 && jitter <= 1)))
    throw fail(operation, "retry.jitter", "range", '"full", "none" or a number from 0 to 1');
  const statuses: unknown = policy.retryableStatuses;
  if (!Array.isArray(statuses) || !statuses.every((s) => Number.isInteger(s) && s >= 400 && s <= 599))
    throw fail(operation, "retry.retryableStatuses", "range", "an array of HTTP statuses from 400 to 599");
  if (typeof policy.unsafeRetries !== "boolean")
    throw fail(operation, "retry.unsafeRetries", "type", "boolean");
}

function checkBusy(busy: ResourceBusyRetryPolicy, operation: string): void {
  checkAttempts(busy.maxAttempts, operation, "retry.resourceBusy.maxAttempts");
  checkMs(busy.baseDelayMs, operation, "retry.resourceBusy.baseDelayMs");
  checkMs(busy.maxDelayMs, operation, "retry.resourceBusy.maxDelayMs");
}

function checkAttempts(value: unknown, operation: string, path: string): void {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > MAX_RETRY_ATTEMPTS)
    throw fail(operation, path, "range", `a whole number from 1 to ${MAX_RETRY_ATTEMPTS}`);
}

function checkMs(value: unknown, operation: string, path: string): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > MAX_TIMER_MS)
    throw fail(operation, path, "range", `a number of milliseconds from 0 to ${MAX_TIMER_MS}`);
}

/** A plain object with only known keys (a mistyped `maxAttemps` is refused, not silently ignored). */
function checkObject<T>(value: T, operation: string, path: string, known: ReadonlySet<string>): T {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw fail(operation, path, "type", "object");
  const unknown = Object.keys(value).find((key) => !known.has(key));
  if (unknown !== undefined)
    throw new ValidationError(`${operation}: ${path} has no setting named ${JSON.stringify(unknown)}`, {
      operation,
      path: `${path}.${unknown}`,
      rule: "unknown",
      expected: [...known].join(", "),
    });
  return value;
}

function fail(operation: string, path: string, rule: string, expected: string): ValidationError {
  return createValidationError({ operation, path, rule, expected });
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The parts of a policy the delay depends on. */
export interface DelaySettings {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly jitter: RetryJitter;
  readonly maxRetryAfterMs: number;
}

/**
 * How long to wait before retry number `retry` (1 for the first retry). Pure: the randomness comes
 * in as `random` (values in [0, 1)). A `Retry-After` from the provider is honoured exactly, up to
 * `maxRetryAfterMs`; otherwise capped exponential backoff, `baseDelayMs × 2^(retry-1)` up to
 * `maxDelayMs`, with the policy's jitter.
 */
export function computeRetryDelay(
  retry: number,
  settings: DelaySettings,
  retryAfterMs: number | undefined,
  random: () => number,
): number {
  if (retryAfterMs !== undefined && retryAfterMs >= 0)
    return Math.min(retryAfterMs, settings.maxRetryAfterMs);
  const exponential = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.max(0, retry - 1));
  const spread = jitterFraction(settings.jitter);
  // A random source outside [0, 1) must not stretch or invert the wait.
  const draw = Math.min(Math.max(random(), 0), 1);
  return Math.round(exponential * (1 - spread) + exponential * spread * draw);
}

function jitterFraction(jitter: RetryJitter): number {
  if (jitter === "full") return 1;
  if (jitter === "none") return 0;
  return jitter;
}

/**
 * What a failed attempt proves about the server:
 * - `refused`: nothing ran (connection refused or host not found before sending; throttled);
 * - `busy`: refused because the resource is busy (Huawei `EVS.2409`), worth a longer wait;
 * - `maybe-ran`: the request may have been received (timeout, dropped connection, retryable 5xx);
 * - `undefined`: not worth another try (a client error, a decode error, the overall deadline, …).
 */
export type FailureKind = "refused" | "busy" | "maybe-ran" | undefined;

/**
 * A provider's own reading of an error answer, from its home (`providers/<name>/`): `refused` for
 * its throttling codes, `busy` for "resource busy" refusals, `final` for answers that another try
 * would only repeat; `undefined` leaves the answer to the generic rules (429 refused, 5xx maybe ran).
 */
export type AnswerKind = "refused" | "busy" | "final" | undefined;

/** Classifies an attempt's failure with the generic rules and the provider's own reading of answers. */
export function classifyFailure(
  error: unknown,
  retryableStatuses: readonly number[],
  classifyAnswer: ((error: HttpError) => AnswerKind) | undefined,
): FailureKind {
  if (isNetworkError(error)) return error.maybeSent ? "maybe-ran" : "refused";
  if (isTimeoutError(error)) return error.deadline === "attempt" ? "maybe-ran" : undefined;
  if (!isHttpError(error) || error.name === "RedirectError") return undefined;
  const kind = classifyAnswer?.(error);
  if (kind === "busy") return "busy";
  if (kind === "final") return undefined;
  if (kind === "refused" || error.status === 429)
    return retryableStatuses.includes(429) ? "refused" : undefined;
  return retryableStatuses.includes(error.status) ? "maybe-ran" : undefined;
}

/** Which retry budget a failure draws on: the policy's own, or the "resource busy" one. */
export type RetryBudget = "standard" | "busy";

/** What decides whether an operation's failure may be retried. */
export interface RetryContext {
  /** The operation only reads (see `isReadOperation`). */
  readonly readOnly: boolean;
  /** The request carries a client-chosen id the provider deduplicates on (ZStack `X-Job-UUID`). */
  readonly identified: boolean;
  readonly policy: RetryPolicy;
  readonly classifyAnswer?: ((error: HttpError) => AnswerKind) | undefined;
}

/**
 * The budget a failed attempt may be retried from, or `undefined` when it must not be retried.
 * A create is retried only when nothing ran, unless it carries a client-chosen id or the caller
 * opted into `unsafeRetries`. Pure.
 */
export function retryBudgetFor(error: unknown, context: RetryContext): RetryBudget | undefined {
  switch (classifyFailure(error, context.policy.retryableStatuses, context.classifyAnswer)) {
    case "busy":
      return "busy";
    case "refused":
      return "standard";
    case "maybe-ran":
      return context.readOnly || context.identified || context.policy.unsafeRetries ? "standard" : undefined;
    default:
      return undefined;
  }
}

/** Verbs that name an operation which only reads; everything else may change state. */
const READ_VERBS = /^(get|list|show|query|describe)(?![a-z])/;

/**
 * Whether an operation only reads, judged by its operationId, never by its method: NAVER Cloud's
 * reads are POSTs (`getNasVolumeInstanceList`) and its `…ViaGet` creates are GETs
 * (`createNasVolumeSnapshotViaGet`). Anything not recognisably a read (create, update, delete,
 * logIn, logOut, …) is treated as not idempotent.
 */
export function isReadOperation(operation: { readonly operationId: string }): boolean {
  return READ_VERBS.test(operation.operationId);
}
