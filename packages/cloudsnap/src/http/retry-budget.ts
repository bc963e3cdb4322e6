import { classifyFailure } from "./classify-failure";
import type { RetryPolicy } from "./retry-policy";

/** Which retry budget a failure draws on: the policy's own, or the "resource busy" one. */
export type RetryBudget = "standard" | "busy";

/** What decides whether an operation's failure may be retried. */
export interface RetryContext {
  readonly operationId: string;
  /** The operation only reads (see `isReadOperation`). */
  readonly readOnly: boolean;
  /** The request carries a client-chosen id the provider deduplicates on (ZStack `X-Job-UUID`). */
  readonly identified: boolean;
  readonly policy: RetryPolicy;
}

/**
 * The budget a failed attempt may be retried from, or `undefined` when it must not be retried.
 * A create is retried only when nothing ran, unless it carries a client-chosen id or the caller
 * opted into `unsafeRetries`. Pure.
 */
export function retryBudgetFor(error: unknown, context: RetryContext): RetryBudget | undefined {
  switch (classifyFailure(error, context.operationId, context.policy.retryableStatuses)) {
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
