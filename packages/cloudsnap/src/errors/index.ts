export { AuthenticationError } from "./authentication-error";
export { BadRequestError } from "./bad-request-error";
export { ClientError } from "./client-error";
export { type CauseSummary, CloudsnapError, type CloudsnapErrorOptions } from "./cloudsnap-error";
export { ConflictError } from "./conflict-error";
export { createHttpError, type HttpErrorInput, httpErrorClassFor } from "./create-http-error";
export { createValidationError } from "./create-validation-error";
export {
  CredentialsError,
  type CredentialsErrorOptions,
  type CredentialsErrorReason,
} from "./credentials-error";
export { DecodeError, type DecodeErrorOptions } from "./decode-error";
export { extractProviderError } from "./extract-provider-error";
export { formatHttpErrorMessage, type HttpErrorMessageParts } from "./format-http-error-message";
export {
  isAuthenticationError,
  isBadRequestError,
  isClientError,
  isCloudsnapError,
  isConflictError,
  isCredentialsError,
  isDecodeError,
  isHttpError,
  isNetworkError,
  isNotFoundError,
  isPermissionDeniedError,
  isRateLimitError,
  isServerError,
  isSigningError,
  isTimeoutError,
  isValidationError,
} from "./guards";
export { HttpError, type HttpErrorOptions, type Provider } from "./http-error";
export { JobExpiredError, type JobExpiredErrorOptions } from "./job-expired-error";
export { NetworkError, type NetworkErrorOptions } from "./network-error";
export { NotFoundError } from "./not-found-error";
export { parseRetryAfter } from "./parse-retry-after";
export { PermissionDeniedError } from "./permission-denied-error";
export type { ProviderErrorDetails } from "./provider-error-details";
export { RateLimitError } from "./rate-limit-error";
export type { RequestFields } from "./request-fields";
export { ResourceNotFoundError, type ResourceNotFoundErrorOptions } from "./resource-not-found-error";
export { ServerError } from "./server-error";
export { SigningError } from "./signing-error";
export {
  SnapshotCapacityError,
  type SnapshotCapacityErrorOptions,
  type SnapshotCapacityFigures,
  type SnapshotCapacityRisk,
} from "./snapshot-capacity-error";
export { SnapshotFailedError, type SnapshotFailedErrorOptions } from "./snapshot-failed-error";
export { type TimeoutDeadline, TimeoutError, type TimeoutErrorOptions } from "./timeout-error";
export { ValidationError, type ValidationErrorOptions } from "./validation-error";
export {
  isJobExpiredError,
  isResourceNotFoundError,
  isSnapshotCapacityError,
  isSnapshotFailedError,
  isWaiterTimeoutError,
} from "./waiter-guards";
export {
  type LastWaiterState,
  WaiterTimeoutError,
  type WaiterTimeoutErrorOptions,
} from "./waiter-timeout-error";
