import type { AuthenticationError } from "./authentication-error";
import type { BadRequestError } from "./bad-request-error";
import type { ClientError } from "./client-error";
import type { CloudsnapError } from "./cloudsnap-error";
import type { ConflictError } from "./conflict-error";
import { CLOUDSNAP_ERROR } from "./constants";
import type { CredentialsError } from "./credentials-error";
import type { DecodeError } from "./decode-error";
import { CLIENT_ERROR_NAMES, HTTP_ERROR_NAMES, SERVER_ERROR_NAMES, TIMEOUT_ERROR_NAMES } from "./error-names";
import type { HttpError } from "./http-error";
import type { NetworkError } from "./network-error";
import type { NotFoundError } from "./not-found-error";
import type { PermissionDeniedError } from "./permission-denied-error";
import type { RateLimitError } from "./rate-limit-error";
import type { ServerError } from "./server-error";
import type { SigningError } from "./signing-error";
import type { TimeoutError } from "./timeout-error";
import type { ValidationError } from "./validation-error";

// Guards compare `name` (plus the registered brand) instead of using `instanceof`, so they work
// across realms and when two copies of cloudsnap are installed.
/** Whether `value` is a cloudsnap error (by brand) with one of these names. */
export function named(value: unknown, names: ReadonlySet<string> | string): boolean {
  if (typeof value !== "object" || value === null) return false;
  const record = value as { name?: unknown; [CLOUDSNAP_ERROR]?: unknown };
  if (record[CLOUDSNAP_ERROR] !== true || typeof record.name !== "string") return false;
  return typeof names === "string" ? record.name === names : names.has(record.name);
}

/** Any error thrown by cloudsnap. */
export function isCloudsnapError(value: unknown): value is CloudsnapError {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<symbol, unknown>)[CLOUDSNAP_ERROR] === true
  );
}
/** Any non-success HTTP answer. */
export function isHttpError(value: unknown): value is HttpError {
  return named(value, HTTP_ERROR_NAMES);
}
/** Any 4xx answer. */
export function isClientError(value: unknown): value is ClientError {
  return named(value, CLIENT_ERROR_NAMES);
}
/** Any 5xx answer. */
export function isServerError(value: unknown): value is ServerError {
  return named(value, SERVER_ERROR_NAMES);
}
/** A 400 answer. */
export function isBadRequestError(value: unknown): value is BadRequestError {
  return named(value, "BadRequestError");
}
/** A 401 answer. */
export function isAuthenticationError(value: unknown): value is AuthenticationError {
  return named(value, "AuthenticationError");
}
/** A 403 answer. */
export function isPermissionDeniedError(value: unknown): value is PermissionDeniedError {
  return named(value, "PermissionDeniedError");
}
/** A 404 answer. */
export function isNotFoundError(value: unknown): value is NotFoundError {
  return named(value, "NotFoundError");
}
/** A 409 answer. */
export function isConflictError(value: unknown): value is ConflictError {
  return named(value, "ConflictError");
}
/** A 429 answer. */
export function isRateLimitError(value: unknown): value is RateLimitError {
  return named(value, "RateLimitError");
}
/** No HTTP answer at all. */
export function isNetworkError(value: unknown): value is NetworkError {
  return named(value, "NetworkError");
}
/** A cloudsnap deadline elapsed (not a DOMException `TimeoutError`). */
export function isTimeoutError(value: unknown): value is TimeoutError {
  // A waiter's missed deadline is a TimeoutError too (its subclass).
  return named(value, TIMEOUT_ERROR_NAMES);
}
/** Credentials missing or unreadable. */
export function isCredentialsError(value: unknown): value is CredentialsError {
  return named(value, "CredentialsError");
}
/** A request could not be signed. */
export function isSigningError(value: unknown): value is SigningError {
  return named(value, "SigningError");
}
/** A response could not be decoded. */
export function isDecodeError(value: unknown): value is DecodeError {
  return named(value, "DecodeError");
}
/** Input rejected before sending. */
export function isValidationError(value: unknown): value is ValidationError {
  return named(value, "ValidationError");
}
