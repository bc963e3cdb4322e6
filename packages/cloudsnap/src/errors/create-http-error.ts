import type { HeadersLike } from "../redact/redact-headers";
import { AuthenticationError } from "./authentication-error";
import { BadRequestError } from "./bad-request-error";
import { parseJsonText } from "./body-fields";
import { ClientError } from "./client-error";
import type { CloudsnapErrorOptions } from "./cloudsnap-error";
import { ConflictError } from "./conflict-error";
import { MAX_TEXT_BODY } from "./constants";
import { extractProviderError } from "./extract-provider-error";
import { formatHttpErrorMessage } from "./format-http-error-message";
import { HttpError, type HttpErrorOptions, type Provider } from "./http-error";
import { NotFoundError } from "./not-found-error";
import { parseRetryAfter } from "./parse-retry-after";
import { PermissionDeniedError } from "./permission-denied-error";
import { RateLimitError } from "./rate-limit-error";
import { readHeader } from "./read-header";
import { ServerError } from "./server-error";

/** A non-success response, as the fetch pipeline sees it. */
export interface HttpErrorInput extends CloudsnapErrorOptions {
  provider: Provider;
  operation: string;
  method: string;
  url: string | URL;
  status: number;
  headers?: HeadersLike;
  /** The decoded body, or its text. */
  body?: unknown;
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
 * and request id, `Retry-After` (429 and 503 only), and formats the message.
 */
export function createHttpError(input: HttpErrorInput): HttpError {
  const { headers, now = Date.now, ...rest } = input;
  const details = extractProviderError(input.provider, input.body, headers);
  const retryAfterMs =
    input.status === 429 || input.status === 503
      ? parseRetryAfter(readHeader(headers, "retry-after"), now())
      : undefined;
  const options: HttpErrorOptions = {
    ...rest,
    code: details.code,
    providerMessage: details.message,
    requestId: details.requestId,
    body: storedBody(input.body),
    retryAfterMs,
  };
  const ErrorClass = httpErrorClassFor(input.status);
  return new ErrorClass(formatHttpErrorMessage({ ...input, ...details }), options);
}

/** JSON text is kept parsed, other text cut to 4 KiB. */
function storedBody(body: unknown): unknown {
  const parsed = parseJsonText(body);
  return typeof parsed === "string" ? parsed.slice(0, MAX_TEXT_BODY) : parsed;
}
