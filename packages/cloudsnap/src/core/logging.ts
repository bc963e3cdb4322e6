// Debug logging: one redacted line per request and per response, for a caller-supplied logger.

import { type HeadersLike, redactHeaders, redactText, redactUrl } from "./redact";

/**
 * What the caller gives cloudsnap to see its traffic: anything with a `debug` method (a `console`,
 * pino, winston…). One line per request and per response; secrets are already removed.
 */
export interface Logger {
  debug(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** One request as it is about to be sent (after signing). */
export interface RequestLogEntry {
  readonly operation: string;
  readonly attempt: number;
  readonly method: string;
  readonly url: string;
  readonly headers: HeadersLike;
}

/** One response, or the failure instead of one, with how long the attempt took. */
export interface ResponseLogEntry extends RequestLogEntry {
  readonly elapsedMs: number;
  readonly status?: number;
  readonly error?: string;
  readonly requestId?: string;
}

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
  const requestId = entry.requestId === undefined ? undefined : redactText(entry.requestId, secrets);
  const id = requestId ? ` (request id ${requestId})` : "";
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
      ...(requestId ? { requestId } : {}),
      headers: scrub(redactHeaders(entry.headers), secrets),
    },
  );
}

function scrub(headers: Record<string, string>, secrets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = redactText(value, secrets);
  return out;
}
