/**
 * Defaults of the NCP and Huawei waiters: first wait 2 s (the NCP Terraform provider's delay),
 * then ×2 up to 20 s between polls, and give up after 30 minutes. Nothing waits forever.
 */
export const DEFAULT_WAITER_TUNING = {
  intervalMs: 2_000,
  maxIntervalMs: 20_000,
  backoff: 2,
  deadlineMs: 30 * 60_000,
} as const;

/**
 * Free share of the NAS snapshot reserve required before a new snapshot, by default: a new snapshot
 * starts near 0 bytes but grows with every block changed afterwards, and no usage forecast exists.
 */
export const DEFAULT_NAS_SAFETY_MARGIN_RATIO = 0.2;

/** History entries asked for per page when looking up a Search Engine snapshot. */
export const SEARCH_ENGINE_HISTORY_PAGE_SIZE = 10;
