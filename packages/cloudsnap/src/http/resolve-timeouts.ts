import { createValidationError } from "../errors";
import { DEFAULT_ATTEMPT_TIMEOUT_MS, DEFAULT_OVERALL_TIMEOUT_MS, MAX_TIMER_MS } from "./constants";

/** Timeouts as given by a client and a call; the call's win. */
export interface TimeoutSettings {
  readonly timeoutMs?: number | undefined;
  readonly overallTimeoutMs?: number | undefined;
}

/** The per-attempt timeout and the overall deadline of one call, in milliseconds. */
export interface Timeouts {
  readonly attemptMs: number;
  readonly overallMs: number;
}

/**
 * Picks the call's timeouts over the client's over the defaults (30 s per attempt, 2 min overall)
 * and checks each: a whole positive number of milliseconds that `setTimeout` can honour.
 */
export function resolveTimeouts(
  operation: string,
  client: TimeoutSettings = {},
  call: TimeoutSettings = {},
  defaultOverallMs: number = DEFAULT_OVERALL_TIMEOUT_MS,
): Timeouts {
  const attemptMs = call.timeoutMs ?? client.timeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS;
  const overallMs = call.overallTimeoutMs ?? client.overallTimeoutMs ?? defaultOverallMs;
  checkTimeout(attemptMs, operation, "timeoutMs");
  checkTimeout(overallMs, operation, "overallTimeoutMs");
  return { attemptMs, overallMs };
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
