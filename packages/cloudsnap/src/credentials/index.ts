export { chain } from "./chain";
export {
  type DefaultCredentialsOptions,
  defaultHuaweiCloudCredentials,
  defaultNcloudCredentials,
  defaultZStackCredentials,
} from "./defaults";
export type { Env } from "./env";
export type { FileAccess } from "./file-access";
export { fromStatic, resolveCredentialSource } from "./from-static";
export { fromHuaweiCloudEnv } from "./huaweicloud-env";
export { fromHuaweiCloudFile, type HuaweiCloudFileOptions } from "./huaweicloud-file";
export { type MemoizedProvider, type MemoizeOptions, memoize } from "./memoize";
export { type EnvOptions, fromNcloudEnv } from "./ncloud-env";
export { fromNcloudFile, type NcloudFileOptions } from "./ncloud-file";
export { protectCredentials, redactCredentials } from "./protect-credentials";
export {
  type CredentialProvider,
  type CredentialSource,
  type HuaweiCloudCredentials,
  type HuaweiCloudIamUserCredentials,
  isZStackAccessKeyCredentials,
  type NcloudCredentials,
  type ZStackAccessKeyCredentials,
  type ZStackCredentials,
  type ZStackSessionCredentials,
} from "./types";
export { readZStackConnectionEnv, type ZStackConnectionSettings } from "./zstack-connection-env";
export { fromZStackAccessKeyEnv, fromZStackEnv, fromZStackSessionEnv } from "./zstack-env";
