import { createValidationError, ValidationError } from "../errors";
import { MAX_RETRY_ATTEMPTS, MAX_TIMER_MS } from "./constants";
import {
  DEFAULT_RETRY_POLICY,
  type ResourceBusyRetryPolicy,
  type RetryOptions,
  type RetryPolicy,
} from "./retry-policy";

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
