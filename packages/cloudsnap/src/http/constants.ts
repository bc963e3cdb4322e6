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
