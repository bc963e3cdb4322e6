import { isHttpError } from "../errors";
import type { Deadline } from "./deadline";
import type { RetryBudget } from "./retry-budget";
import { computeRetryDelay } from "./retry-delay";
import type { RetryPolicy } from "./retry-policy";
import type { Sleep } from "./sleep";

/** One retry loop: what to run, when to run it again, and how long it may take in all. */
export interface RetryLoop<T> {
  /** Runs one attempt (signed afresh by the caller of this loop). */
  readonly attempt: () => Promise<T>;
  /** The budget a failure may be retried from, or `undefined` to give up with it. */
  readonly budgetFor: (error: unknown) => RetryBudget | undefined;
  readonly policy: RetryPolicy;
  readonly deadline: Deadline;
  readonly sleep: Sleep;
  readonly random: () => number;
}

/**
 * Runs attempts until one succeeds, a failure may not be retried, its budget is used up, or the
 * next backoff would not end before the overall deadline; then the last failure is thrown as is.
 * Backoff sleeps abort with the deadline's signal.
 */
export async function runWithRetries<T>(loop: RetryLoop<T>): Promise<T> {
  const failures: Record<RetryBudget, number> = { standard: 0, busy: 0 };
  for (;;) {
    try {
      return await loop.attempt();
    } catch (error) {
      if (loop.deadline.signal.aborted) throw error;
      const budget = loop.budgetFor(error);
      if (budget === undefined) throw error;
      const limits = budget === "busy" ? loop.policy.resourceBusy : loop.policy;
      failures[budget] += 1;
      if (failures[budget] >= limits.maxAttempts) throw error;
      const retryAfterMs = isHttpError(error) ? error.retryAfterMs : undefined;
      const delay = computeRetryDelay(
        failures[budget],
        { ...loop.policy, baseDelayMs: limits.baseDelayMs, maxDelayMs: limits.maxDelayMs },
        retryAfterMs,
        loop.random,
      );
      // Waiting past the deadline would only trade the provider's answer for a TimeoutError.
      if (delay >= loop.deadline.remainingMs()) throw error;
      await loop.sleep(delay, loop.deadline.signal);
    }
  }
}
