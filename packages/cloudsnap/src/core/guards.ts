// Guards compare `name` (plus the registered brand) instead of using `instanceof`, so they work
// across realms and when two copies of cloudsnap are installed.

import type {
  CloudsnapError,
  CredentialsError,
  DecodeError,
  NetworkError,
  SigningError,
  TimeoutError,
  ValidationError,
} from "./errors";
import { CLOUDSNAP_ERROR } from "./errors";
import type {
  AuthenticationError,
  BadRequestError,
  ClientError,
  ConflictError,
  HttpError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ServerError,
} from "./http-errors";
import type {
  JobExpiredError,
  ResourceNotFoundError,
  SnapshotCapacityError,
  SnapshotFailedError,
  WaiterTimeoutError,
} from "./waiter-errors";

const CLIENT_ERROR_NAMES: ReadonlySet<string> = new Set([
  "ClientError",
  "BadRequestError",
  "AuthenticationError",
  "PermissionDeniedError",
  "NotFoundError",
  "ConflictError",
  "RateLimitError",
]);
const HTTP_ERROR_NAMES: ReadonlySet<string> = new Set([
  "HttpError",
  "ServerError",
  "RedirectError",
  ...CLIENT_ERROR_NAMES,
]);
/** A waiter's missed deadline is a timeout too. */
const TIMEOUT_ERROR_NAMES: ReadonlySet<string> = new Set(["TimeoutError", "WaiterTimeoutError"]);

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
  return named(value, "ServerError");
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
/** A redirect (3xx) that was refused. */
export function isRedirectError(value: unknown): value is RedirectError {
  return named(value, "RedirectError");
}
/** No HTTP answer at all. */
export function isNetworkError(value: unknown): value is NetworkError {
  return named(value, "NetworkError");
}
/** A cloudsnap deadline elapsed (not a DOMException `TimeoutError`). */
export function isTimeoutError(value: unknown): value is TimeoutError {
  return named(value, TIMEOUT_ERROR_NAMES);
}
/** Credentials missing, unreadable or malformed. */
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
/** The provider reported that the snapshot failed or vanished. */
export function isSnapshotFailedError(value: unknown): value is SnapshotFailedError {
  return named(value, "SnapshotFailedError");
}
/** A waiter's overall deadline passed; `lastState` says where it stood. */
export function isWaiterTimeoutError(value: unknown): value is WaiterTimeoutError {
  return named(value, "WaiterTimeoutError");
}
/** A snapshot was refused because the snapshot reserve could overflow. */
export function isSnapshotCapacityError(value: unknown): value is SnapshotCapacityError {
  return named(value, "SnapshotCapacityError");
}
/** An async job's result was lost (expired or unknown job). */
export function isJobExpiredError(value: unknown): value is JobExpiredError {
  return named(value, "JobExpiredError");
}
/** A lookup found no such resource. */
export function isResourceNotFoundError(value: unknown): value is ResourceNotFoundError {
  return named(value, "ResourceNotFoundError");
}
