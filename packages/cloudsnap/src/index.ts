// cloudsnap: signed, typed clients for cloud create-snapshot APIs. Explicit, grouped exports.

// Clients
export {
  createHuaweiCloudClient,
  type HuaweiCloudClient,
  type HuaweiCloudClientOptions,
} from "./clients/huaweicloud/create-huaweicloud-client";
export type { NcloudSite } from "./clients/ncloud/constants";
export {
  createNcloudClient,
  type NcloudClient,
  type NcloudClientOptions,
} from "./clients/ncloud/create-ncloud-client";
export {
  createZStackClient,
  type ZStackClient,
  type ZStackClientOptions,
  type ZStackVolumeSnapshots,
} from "./clients/zstack/create-zstack-client";
export type { JobWaitOptions } from "./clients/zstack/wait-for-job";
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
  isNetworkError,
  isNotFoundError,
  isPermissionDeniedError,
  isRateLimitError,
  isServerError,
  isSigningError,
  isTimeoutError,
  isValidationError,
  NetworkError,
  NotFoundError,
  PermissionDeniedError,
  type Provider,
  RateLimitError,
  ServerError,
  SigningError,
  TimeoutError,
  ValidationError,
} from "./errors";
export type { CallOptions } from "./http/call-options";
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
