/** Per-attempt timeout when the caller sets none: long enough for a slow gateway, never forever. */
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 30_000;

/** Largest response body read into memory; a bigger one is refused instead of exhausting the heap. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

/** Node's error codes that prove a request never left this machine. */
export const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
]);

/** Overall deadline of a call when the caller sets none: every attempt, backoff and wait included. */
export const DEFAULT_OVERALL_TIMEOUT_MS = 120_000;

/** The longest delay `setTimeout` honours; a larger one would fire at once instead. */
export const MAX_TIMER_MS = 2_147_483_647;

/** An upper bound on `maxAttempts` that catches a mistyped value before it floods a provider. */
export const MAX_RETRY_ATTEMPTS = 100;
