// cloudsnap: signed, typed clients for cloud create-snapshot APIs. Explicit, grouped exports.

export type { AndWaitOptions, NasCreateOptions } from "./clients/and-wait/and-wait-options";
// Clients
export {
  createHuaweiCloudClient,
  type HuaweiCloudClient,
  type HuaweiCloudClientOptions,
} from "./clients/huaweicloud/create-huaweicloud-client";
export type { EvsClient } from "./clients/huaweicloud/evs-and-wait";
export type { NcloudSite } from "./clients/ncloud/constants";
export {
  createNcloudClient,
  type NcloudClient,
  type NcloudClientOptions,
} from "./clients/ncloud/create-ncloud-client";
export type {
  ClassicNasClient,
  SearchEngineClient,
  VserverClient,
} from "./clients/ncloud/ncloud-client-types";
export {
  createZStackClient,
  type ZStackClient,
  type ZStackClientOptions,
  type ZStackVolumeSnapshots,
} from "./clients/zstack/create-zstack-client";
// Credentials
export {
  type CredentialProvider,
  type CredentialSource,
  chain,
  defaultHuaweiCloudCredentials,
  defaultNcloudCredentials,
  defaultZStackCredentials,
  fromHuaweiCloudEnv,
  fromHuaweiCloudFile,
  fromNcloudEnv,
  fromNcloudFile,
  fromStatic,
  fromZStackAccessKeyEnv,
  fromZStackEnv,
  fromZStackSessionEnv,
  type HuaweiCloudCredentials,
  type HuaweiCloudIamUserCredentials,
  memoize,
  type NcloudCredentials,
  type ZStackAccessKeyCredentials,
  type ZStackCredentials,
  type ZStackSessionCredentials,
} from "./credentials";
// Errors
export {
  AuthenticationError,
  BadRequestError,
  ClientError,
  CloudsnapError,
  ConflictError,
  CredentialsError,
  DecodeError,
  HttpError,
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
  isResourceNotFoundError,
  isServerError,
  isSigningError,
  isSnapshotCapacityError,
  isSnapshotFailedError,
  isTimeoutError,
  isValidationError,
  isWaiterTimeoutError,
  JobExpiredError,
  type LastWaiterState,
  NetworkError,
  NotFoundError,
  PermissionDeniedError,
  type Provider,
  RateLimitError,
  ResourceNotFoundError,
  ServerError,
  SigningError,
  SnapshotCapacityError,
  SnapshotFailedError,
  TimeoutError,
  ValidationError,
  WaiterTimeoutError,
} from "./errors";
// Calls: per-call options, retries, deadlines and clock skew
export type { CallOptions } from "./http/call-options";
export type { ClientReliabilityOptions } from "./http/client-reliability";
export {
  DEFAULT_RETRY_POLICY,
  type ResourceBusyRetryPolicy,
  type RetryJitter,
  type RetryOptions,
  type RetryPolicy,
} from "./http/retry-policy";
// Debug logging
export type { Logger } from "./logging/logger";
// Signers
export {
  type CryptoPort,
  type HuaweiCloudSigningCredentials,
  type HuaweiCloudSignOptions,
  type NcloudSigningCredentials,
  type NcloudSignOptions,
  signHuaweiCloudRequest,
  signNcloudRequest,
  signZStackRequest,
  type ZStackSigningCredentials,
  type ZStackSignOptions,
} from "./signers";
// Validation (the facade runs it before every call; exported for checking input up front)
export { listViolations, validateParams } from "./validate";
// Waiters and the NAS capacity guard
export {
  assessNasCapacity,
  type BlockStorageSnapshotInstance,
  checkNasSnapshotCapacity,
  type EvsJob,
  type EvsSnapshot,
  type JobWaitOptions,
  type NasCapacityCheckOptions,
  type NasCapacityReport,
  type NasVolumeSnapshot,
  newestNasSnapshotName,
  type SnapshotHistoryEntry,
  type VolumeSnapshotInventory,
  type WaiterOptions,
  type WaiterState,
  waitForBlockStorageSnapshot,
  waitForEvsSnapshot,
  waitForJob,
  waitForNasVolumeSnapshot,
  waitForSearchEngineSnapshot,
  waitForVolumeSnapshot,
} from "./waiters";
