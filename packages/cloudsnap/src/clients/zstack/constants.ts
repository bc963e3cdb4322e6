/** Management node port the official SDKs and Terraform default to (providers.md §6.1). */
export const DEFAULT_ZSTACK_PORT = 8080;

/** First wait between api-job polls; it doubles up to `MAX_POLL_INTERVAL_MS`. */
export const DEFAULT_POLL_INTERVAL_MS = 1_000;
export const MAX_POLL_INTERVAL_MS = 10_000;

/** How long a create may take before the facade stops waiting (the job keeps running server-side). */
export const DEFAULT_POLL_TIMEOUT_MS = 30 * 60_000;
