import { CredentialsError } from "../errors/credentials-error";
import {
  HUAWEICLOUD_AK_VAR,
  HUAWEICLOUD_PROJECT_ID_VAR,
  HUAWEICLOUD_SECURITY_TOKEN_VAR,
  HUAWEICLOUD_SK_VAR,
} from "./constants";
import { processEnv, readEnv } from "./env";
import type { EnvOptions } from "./ncloud-env";
import { protectCredentials } from "./protect-credentials";
import type { CredentialProvider, HuaweiCloudCredentials } from "./types";

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
