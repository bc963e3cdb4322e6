import { redactHeaders } from "../redact/redact-headers";
import { redactText } from "../redact/redact-text";
import { redactUrl } from "../redact/redact-url";
import type { Logger, RequestLogEntry, ResponseLogEntry } from "./logger";

/** Logs one outgoing request: operation, attempt, method, redacted URL and headers. */
export function logRequest(
  logger: Logger | undefined,
  entry: RequestLogEntry,
  secrets: readonly string[],
): void {
  if (!logger) return;
  const url = redactText(redactUrl(entry.url), secrets);
  logger.debug(`cloudsnap → ${entry.operation} #${entry.attempt} ${entry.method} ${url}`, {
    operation: entry.operation,
    attempt: entry.attempt,
    method: entry.method,
    url,
    headers: scrub(redactHeaders(entry.headers), secrets),
  });
}

/** Logs one response (status, request id, elapsed ms) or the failure that came instead. */
export function logResponse(
  logger: Logger | undefined,
  entry: ResponseLogEntry,
  secrets: readonly string[],
): void {
  if (!logger) return;
  const url = redactText(redactUrl(entry.url), secrets);
  const outcome =
    entry.status === undefined
      ? `failed: ${redactText(entry.error ?? "unknown", secrets)}`
      : `${entry.status}`;
  const id = entry.requestId ? ` (request id ${entry.requestId})` : "";
  logger.debug(
    `cloudsnap ← ${entry.operation} #${entry.attempt} ${entry.method} ${url} ${outcome} in ${Math.round(entry.elapsedMs)} ms${id}`,
    {
      operation: entry.operation,
      attempt: entry.attempt,
      method: entry.method,
      url,
      elapsedMs: Math.round(entry.elapsedMs),
      ...(entry.status === undefined
        ? { error: redactText(entry.error ?? "unknown", secrets) }
        : { status: entry.status }),
      ...(entry.requestId ? { requestId: entry.requestId } : {}),
      headers: scrub(redactHeaders(entry.headers), secrets),
    },
  );
}

function scrub(headers: Record<string, string>, secrets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = redactText(value, secrets);
  return out;
}
