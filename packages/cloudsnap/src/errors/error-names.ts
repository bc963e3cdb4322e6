/** Names of the 4xx classes, `ClientError` included. */
export const CLIENT_ERROR_NAMES: ReadonlySet<string> = new Set([
  "ClientError",
  "BadRequestError",
  "AuthenticationError",
  "PermissionDeniedError",
  "NotFoundError",
  "ConflictError",
  "RateLimitError",
]);

/** Names of the 5xx classes. */
export const SERVER_ERROR_NAMES: ReadonlySet<string> = new Set(["ServerError"]);

/** Names of every `HttpError` class. */
export const HTTP_ERROR_NAMES: ReadonlySet<string> = new Set([
  "HttpError",
  ...CLIENT_ERROR_NAMES,
  ...SERVER_ERROR_NAMES,
]);

/** Names of the timeout classes: a waiter's missed deadline is a timeout too. */
export const TIMEOUT_ERROR_NAMES: ReadonlySet<string> = new Set(["TimeoutError", "WaiterTimeoutError"]);
