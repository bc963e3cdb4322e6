// Errors for an HTTP answer that is not a success: one class per status family, one factory that
// maps a status to its class, and the refusal of a redirect.

import {
  CloudsnapError,
  type CloudsnapErrorOptions,
  MAX_MESSAGE_EXCERPT,
  MAX_PROVIDER_MESSAGE,
  withoutUndefined,
} from "./errors";
import { type HeadersLike, redactText, redactUrl, redactValue } from "./redact";

/** The clouds cloudsnap talks to. */
export type Provider = "ncloud" | "huaweicloud" | "zstack";

/** The provider's own error code, message and request id, as found in an error answer. */
export interface ProviderErrorDetails {
  code?: string | undefined;
  message?: string | undefined;
  requestId?: string | undefined;
}

/** Longest text body kept on an `HttpError`, in characters. */
const MAX_TEXT_BODY = 4096;

/** What an `HttpError` knows about the failed call. */
export interface HttpErrorOptions extends CloudsnapErrorOptions {
  provider: Provider;
  /** The spec's operationId, e.g. `createSnapshot`. */
  operation: string;
  status: number;
  method: string;
  /** The request URL; stored redacted. */
  url: string | URL;
  /** The provider's own error code (`EVS.2409`, `210`, `SYS.1000`, …). */
  code?: string | undefined;
  /** The provider's own error message. */
  providerMessage?: string | undefined;
  requestId?: string | undefined;
  /** The decoded body, or its text; stored redacted. */
  body?: unknown;
  /** From `Retry-After` on a 429 or 503, in milliseconds. */
  retryAfterMs?: number | undefined;
}

/**
 * The provider answered with a status that is not a success. Subclasses by status family:
 * `ClientError` (4xx; `BadRequestError` 400, `AuthenticationError` 401, `PermissionDeniedError` 403,
 * `NotFoundError` 404, `ConflictError` 409, `RateLimitError` 429) and `ServerError` (5xx); a refused
 * redirect is a `RedirectError`. Any other status is a plain `HttpError`. Build them with `createHttpError`.
 */
export class HttpError extends CloudsnapError {
  override readonly name: string = "HttpError";
  readonly provider: Provider;
  readonly operation: string;
  readonly status: number;
  readonly method: string;
  /** Redacted: no userinfo, sensitive query values and session ids masked. */
  readonly url: string;
  readonly code: string | undefined;
  readonly providerMessage: string | undefined;
  readonly requestId: string | undefined;
  readonly body: unknown;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: HttpErrorOptions) {
    super(message, options);
    const secrets = options.secrets ?? [];
    this.provider = options.provider;
    this.operation = options.operation;
    this.status = options.status;
    this.method = options.method.toUpperCase();
    this.url = redactText(redactUrl(options.url), secrets);
    this.code = optionalText(options.code, secrets);
    this.providerMessage = optionalText(options.providerMessage, secrets)?.slice(0, MAX_PROVIDER_MESSAGE);
    this.requestId = optionalText(options.requestId, secrets);
    this.body = redactValue(options.body, secrets);
    this.retryAfterMs = options.retryAfterMs;
  }

  override toJSON(): Record<string, unknown> {
    return withoutUndefined({
      ...super.toJSON(),
      provider: this.provider,
      operation: this.operation,
      status: this.status,
      method: this.method,
      url: this.url,
      code: this.code,
      providerMessage: this.providerMessage,
      requestId: this.requestId,
      retryAfterMs: this.retryAfterMs,
      body: this.body,
    });
  }
}

/** Any 4xx answer. */
export class ClientError extends HttpError {
  override readonly name: string = "ClientError";
}
/** 400: the provider rejected the request's content. */
export class BadRequestError extends ClientError {
  override readonly name: string = "BadRequestError";
}
/** 401: the provider did not accept the credentials or the signature. */
export class AuthenticationError extends ClientError {
  override readonly name: string = "AuthenticationError";
}
/** 403: the credentials are valid but lack permission. */
export class PermissionDeniedError extends ClientError {
  override readonly name: string = "PermissionDeniedError";
}
/** 404: no such resource (or, for ZStack jobs, a result that expired). */
export class NotFoundError extends ClientError {
  override readonly name: string = "NotFoundError";
}
/** 409: the resource is in a conflicting state (Huawei `EVS.2409`: another snapshot is being created). */
export class ConflictError extends ClientError {
  override readonly name: string = "ConflictError";
}
/** 429: throttled or over quota; `retryAfterMs` holds the provider's `Retry-After` when sent. */
export class RateLimitError extends ClientError {
  override readonly name: string = "RateLimitError";
}
/** Any 5xx answer. */
export class ServerError extends HttpError {
  override readonly name: string = "ServerError";
}

/** Options for {@link RedirectError}. */
export interface RedirectErrorOptions extends HttpErrorOptions {
  /** The origin the server redirected to (scheme, host, port; no path or query), when it named one. */
  locationOrigin?: string | undefined;
}

/**
 * The server answered with a redirect (3xx). cloudsnap never follows one: a redirect could carry the
 * request's credentials and signature to another host, and turn a POST into a GET. The request may
 * have been received, so a create may have run.
 */
export class RedirectError extends HttpError {
  override readonly name: string = "RedirectError";
  readonly locationOrigin: string | undefined;

  constructor(message: string, options: RedirectErrorOptions) {
    super(message, options);
    this.locationOrigin = options.locationOrigin;
  }

  override toJSON(): Record<string, unknown> {
    return withoutUndefined({ ...super.toJSON(), locationOrigin: this.locationOrigin });
  }
}

/** A non-success response, as the pipeline sees it. */
export interface HttpErrorInput extends CloudsnapErrorOptions {
  provider: Provider;
  operation: string;
  method: string;
  url: string | URL;
  status: number;
  headers?: HeadersLike;
  /** The decoded body, or its text. */
  body?: unknown;
  /** Reads the provider's own code, message and request id (from its home, `providers/<name>/`). */
  extract?: (body: unknown, headers: HeadersLike | undefined) => ProviderErrorDetails;
  /** Clock for HTTP-date `Retry-After` values; defaults to `Date.now`. */
  now?: () => number;
}

type HttpErrorClass = new (message: string, options: HttpErrorOptions) => HttpError;

const BY_STATUS: Readonly<Record<number, HttpErrorClass>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};

/** The class for a status: the specific 4xx class, else `ClientError` / `ServerError` / `HttpError`. */
export function httpErrorClassFor(status: number): HttpErrorClass {
  const specific = BY_STATUS[status];
  if (specific !== undefined) return specific;
  if (status >= 400 && status < 500) return ClientError;
  if (status >= 500 && status < 600) return ServerError;
  return HttpError;
}

/**
 * The one factory from a failed response to a typed error: reads the provider's code, message
 * and request id (with the provider's `extract`), `Retry-After` (429 and 503 only), and formats the message.
 */
export function createHttpError(input: HttpErrorInput): HttpError {
  const { headers, now = Date.now, extract, ...rest } = input;
  const body = parseJsonText(input.body);
  const details = cleanDetails(extract?.(body, headers) ?? {}, body);
  const retryAfterMs =
    input.status === 429 || input.status === 503
      ? parseRetryAfter(readHeader(headers, "retry-after"), now())
      : undefined;
  const options: HttpErrorOptions = {
    ...rest,
    code: details.code,
    providerMessage: details.message,
    requestId: details.requestId,
    body: typeof body === "string" ? body.slice(0, MAX_TEXT_BODY) : body,
    retryAfterMs,
  };
  const ErrorClass = httpErrorClassFor(input.status);
  return new ErrorClass(formatHttpErrorMessage({ ...input, ...details }), options);
}

/** Only the fields the provider sent; a plain-text body (not markup) is the message when nothing else is. */
function cleanDetails(details: ProviderErrorDetails, body: unknown): ProviderErrorDetails {
  const out: ProviderErrorDetails = {};
  if (details.code !== undefined) out.code = details.code;
  if (details.requestId !== undefined) out.requestId = details.requestId;
  const message = details.message ?? (typeof body === "string" ? plainTextMessage(body) : undefined);
  if (message !== undefined) out.message = message;
  return out;
}

function plainTextMessage(text: string): string | undefined {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat === "" || flat.startsWith("<")) return undefined;
  return flat.length > MAX_PROVIDER_MESSAGE ? `${flat.slice(0, MAX_PROVIDER_MESSAGE - 1)}…` : flat;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  301: "Moved Permanently",
  302: "Found",
  303: "See Other",
  307: "Temporary Redirect",
  308: "Permanent Redirect",
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

/** `405 Method Not Allowed`, or just the number when the status has no usual text. */
export function describeStatus(status: number): string {
  const text = STATUS_TEXT[status];
  return text === undefined ? String(status) : `${status} ${text}`;
}

/**
 * One terminal-friendly line, e.g.
 * `createSnapshot (huaweicloud): POST https://evs…/snapshots returned 409 Conflict; EVS.2409: Busy (request id 7b1c)`.
 */
export function formatHttpErrorMessage(parts: HttpErrorMessageParts): string {
  const head = `${parts.operation} (${parts.provider}): ${parts.method.toUpperCase()} ${redactUrl(parts.url)} returned ${describeStatus(parts.status)}`;
  const said = [parts.code, oneLine(parts.message)].filter((part) => part !== undefined).join(": ");
  const requestId = parts.requestId === undefined ? "" : ` (request id ${parts.requestId})`;
  return `${head}${said === "" ? "" : `; ${said}`}${requestId}`;
}

function oneLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > MAX_MESSAGE_EXCERPT ? `${flat.slice(0, MAX_MESSAGE_EXCERPT - 1)}…` : flat;
}

/**
 * A `Retry-After` header as milliseconds from `now`: delta-seconds or an HTTP-date
 * (RFC 9110 §10.2.3). Past dates give 0; anything unparsable gives `undefined`.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A header's value, matched case-insensitively, from any usual header container. */
export function readHeader(headers: HeadersLike | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  if (typeof Headers !== "undefined" && headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  const entries: Iterable<readonly [string, unknown]> = Array.isArray(headers)
    ? (headers as ReadonlyArray<readonly [string, string]>)
    : Object.entries(headers);
  for (const [key, value] of entries) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    return Array.isArray(value) ? value.join(", ") : String(value);
  }
  return undefined;
}

/** The value as a plain object, or `undefined` when it is not one. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A non-empty string, or a number as text (XML decoding may turn codes into numbers). */
export function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A text body that holds JSON, parsed; anything else unchanged. */
export function parseJsonText(body: unknown): unknown {
  if (typeof body !== "string") return body;
  const trimmed = body.trim();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return body;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return body;
  }
}

function optionalText(value: string | undefined, secrets: readonly string[]): string | undefined {
  return value === undefined || value === "" ? undefined : redactText(value, secrets);
}
