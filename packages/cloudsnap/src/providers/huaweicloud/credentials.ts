// Huawei Cloud credentials, read the way the official SDKs read them: `HUAWEICLOUD_SDK_*` variables,
// then the SDK profile file (huaweicloud-sdk-go-v3 `core/auth/provider/{env,profile}_provider.go`).

import type { FileAccess } from "../../core/credential-files";
import {
  type CredentialField,
  type CredentialProvider,
  chain,
  type MemoizedProvider,
  memoize,
  protectCredentials,
} from "../../core/credentials";
import { type EnvOptions, processEnv, readEnv } from "../../core/env";
import { CredentialsError } from "../../core/errors";
import type { HuaweiCloudCredentials, HuaweiCloudFileOptions } from "./credential-sources";

export {
  HUAWEICLOUD_BASIC_SECTION,
  HUAWEICLOUD_CREDENTIALS_FILE_VAR,
  HUAWEICLOUD_CREDENTIALS_PATH,
  type HuaweiCloudCredentials,
  type HuaweiCloudFileOptions,
} from "./credential-sources";

/** Huawei Cloud IAM user login for an `X-Auth-Token`, scoped by project name or id (§5.5). */
export type HuaweiCloudIamUserCredentials = {
  readonly userName: string;
  readonly password: string;
  /** The account (domain) name. */
  readonly domainName: string;
} & (
  | { readonly projectName: string; readonly projectId?: undefined }
  | { readonly projectId: string; readonly projectName?: undefined }
  | { readonly projectName?: undefined; readonly projectId?: undefined }
);

/** The AK/SK fields, checked when they are resolved. */
export const AKSK_FIELDS: readonly CredentialField[] = [
  { name: "accessKey", use: "header" },
  { name: "secretKey", use: "secret" },
  { name: "securityToken", use: "header", optional: true },
  { name: "projectId", use: "header", optional: true },
];

/** The IAM user fields, checked when they are resolved. */
export const IAM_USER_FIELDS: readonly CredentialField[] = [
  { name: "userName", use: "text" },
  { name: "password", use: "secret" },
  { name: "domainName", use: "text" },
  { name: "projectName", use: "text", optional: true },
  { name: "projectId", use: "text", optional: true },
];

/** Huawei SDK variables (huaweicloud-sdk-go-v3 `core/auth/provider/env_provider.go`). */
export const HUAWEICLOUD_AK_VAR = "HUAWEICLOUD_SDK_AK";
export const HUAWEICLOUD_SK_VAR = "HUAWEICLOUD_SDK_SK";
export const HUAWEICLOUD_SECURITY_TOKEN_VAR = "HUAWEICLOUD_SDK_SECURITY_TOKEN";
export const HUAWEICLOUD_PROJECT_ID_VAR = "HUAWEICLOUD_SDK_PROJECT_ID";

const TRIED = [
  HUAWEICLOUD_AK_VAR,
  HUAWEICLOUD_SK_VAR,
  HUAWEICLOUD_SECURITY_TOKEN_VAR,
  HUAWEICLOUD_PROJECT_ID_VAR,
];

/**
 * Huawei AK/SK from `HUAWEICLOUD_SDK_AK` and `HUAWEICLOUD_SDK_SK`, with the optional
 * `HUAWEICLOUD_SDK_SECURITY_TOKEN` and `HUAWEICLOUD_SDK_PROJECT_ID` (the official SDKs' names).
 */
export function fromHuaweiCloudEnv(options: EnvOptions = {}): CredentialProvider<HuaweiCloudCredentials> {
  return async () => {
    const env = options.env ?? processEnv();
    const accessKey = readEnv(env, HUAWEICLOUD_AK_VAR);
    const secretKey = readEnv(env, HUAWEICLOUD_SK_VAR);
    if (accessKey === undefined && secretKey === undefined) {
      throw new CredentialsError(
        `Huawei Cloud credentials not set in the environment (${HUAWEICLOUD_AK_VAR}, ${HUAWEICLOUD_SK_VAR})`,
        { tried: TRIED },
      );
    }
    if (accessKey === undefined || secretKey === undefined) {
      const [present, missing] =
        accessKey === undefined
          ? [HUAWEICLOUD_SK_VAR, HUAWEICLOUD_AK_VAR]
          : [HUAWEICLOUD_AK_VAR, HUAWEICLOUD_SK_VAR];
      throw new CredentialsError(`${present} is set but ${missing} is missing`, {
        tried: TRIED,
        reason: "invalid",
      });
    }
    const securityToken = readEnv(env, HUAWEICLOUD_SECURITY_TOKEN_VAR);
    const projectId = readEnv(env, HUAWEICLOUD_PROJECT_ID_VAR);
    return protectCredentials({
      accessKey,
      secretKey,
      ...(securityToken === undefined ? {} : { securityToken }),
      ...(projectId === undefined ? {} : { projectId }),
    });
  };
}

/**
 * Huawei AK/SK from the official SDKs' profile file: `$HUAWEICLOUD_SDK_CREDENTIALS_FILE`, else
 * `~/.huaweicloud/credentials`, section `[basic]` with `ak`, `sk` and optional `security_token`,
 * `project_id` (huaweicloud-sdk-go-v3 `core/auth/provider/profile_provider.go`). The file reader is
 * loaded when it is first asked: clients given credentials in code never carry it.
 */
export function fromHuaweiCloudFile(
  options: HuaweiCloudFileOptions = {},
): CredentialProvider<HuaweiCloudCredentials> {
  return async () => (await import("./credentials-file")).readHuaweiCloudFile(options);
}

/** What the default chain reads from; every part defaults to the real environment and disk. */
export interface DefaultCredentialsOptions extends EnvOptions, FileAccess {}

/** Huawei Cloud: `HUAWEICLOUD_SDK_*` variables, then the SDK credentials file `[basic]`. Memoized. */
export function defaultHuaweiCloudCredentials(
  options: DefaultCredentialsOptions = {},
): MemoizedProvider<HuaweiCloudCredentials> {
  return memoize(chain(fromHuaweiCloudEnv(options), fromHuaweiCloudFile(options)));
}
