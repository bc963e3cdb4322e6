import type { RetryJitter } from "./retry-policy";

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
