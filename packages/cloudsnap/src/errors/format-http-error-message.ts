import { redactUrl } from "../redact/redact-url";
import { MAX_MESSAGE_EXCERPT } from "./constants";
import type { Provider } from "./http-error";
import type { ProviderErrorDetails } from "./provider-error-details";

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Content Too Large",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** What the one-line message of an `HttpError` is made of. */
export interface HttpErrorMessageParts extends ProviderErrorDetails {
  provider: Provider;
  operation: string;
  method: string;
  url: string | URL;
  status: number;
}

/**
 * One terminal-friendly line, e.g.
 * `createSnapshot (huaweicloud): POST https://evs…/snapshots returned 409 Conflict; EVS.2409: Busy (request id 7b1c)`.
 */
export function formatHttpErrorMessage(parts: HttpErrorMessageParts): string {
  const statusText = STATUS_TEXT[parts.status];
  const status = statusText === undefined ? String(parts.status) : `${parts.status} ${statusText}`;
  const head = `${parts.operation} (${parts.provider}): ${parts.method.toUpperCase()} ${redactUrl(parts.url)} returned ${status}`;
  const said = [parts.code, oneLine(parts.message)].filter((part) => part !== undefined).join(": ");
  const requestId = parts.requestId === undefined ? "" : ` (request id ${parts.requestId})`;
  return `${head}${said === "" ? "" : `; ${said}`}${requestId}`;
}

function oneLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_MESSAGE_EXCERPT ? `${flat.slice(0, MAX_MESSAGE_EXCERPT - 1)}…` : flat;
}
