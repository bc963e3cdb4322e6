/** The wait after `current`: multiplied by `backoff`, capped at `maxIntervalMs`. */
export function nextInterval(current: number, tuning: { backoff: number; maxIntervalMs: number }): number {
  return Math.min(current * tuning.backoff, tuning.maxIntervalMs);
}
