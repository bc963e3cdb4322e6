// The public surface of the core that every entry shares: errors and their guards, call and retry
// options, logging, waiting, credential combinators and validation. Written out by name here, once;
// the entries (index.ts, ncloud.ts, huaweicloud.ts, zstack.ts) re-export this list whole, so the
// shared surface cannot drift between them.

export type { CryptoPort } from "../crypto/types.js";
export type { CallOptions, ClientReliabilityOptions } from "./call-options";
export type { FileAccess } from "./credential-files";
export { type CredentialProvider, type CredentialSource, chain, fromStatic, memoize } from "./credentials";
export type { Env, EnvOptions } from "./env";
export {
  CloudsnapError,
  type CloudsnapErrorOptions,
  CredentialsError,
  DecodeError,
  NetworkError,
  SigningError,
  type TimeoutDeadline,
  TimeoutError,
  ValidationError,
} from "./errors";
export {
  isAuthenticationError,
  isBadRequestError,
  isClientError,
  isCloudsnapError,
  isConflictError,
  isCredentialsError,
  isDecodeError,
  isHttpError,
  isJobExpiredError,
  isNetworkError,
  isNotFoundError,
  isPermissionDeniedError,
  isRateLimitError,
  isRedirectError,
  isResourceNotFoundError,
  isServerError,
  isSigningError,
  isSnapshotCapacityError,
  isSnapshotFailedError,
  isTimeoutError,
  isValidationError,
  isWaiterTimeoutError,
} from "./guards";
export {
  AuthenticationError,
  BadRequestError,
  ClientError,
  ConflictError,
  HttpError,
  NotFoundError,
  PermissionDeniedError,
  type Provider,
  RateLimitError,
  RedirectError,
  ServerError,
} from "./http-errors";
export type { Logger } from "./logging";
export type { OperationMetadata, Shape } from "./metadata";
export {
  DEFAULT_RETRY_POLICY,
  type ResourceBusyRetryPolicy,
  type RetryJitter,
  type RetryOptions,
  type RetryPolicy,
} from "./retry";
export type { ClockInput } from "./signing";
export { listViolations, validateParams } from "./validate";
export {
  JobExpiredError,
  type LastWaiterState,
  ResourceNotFoundError,
  SnapshotCapacityError,
  type SnapshotCapacityRisk,
  SnapshotFailedError,
  WaiterTimeoutError,
} from "./waiter-errors";
export type { AndWaitOptions, WaiterOptions, WaiterState, WaiterTuning } from "./waiting";
