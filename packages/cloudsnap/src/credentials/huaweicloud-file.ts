import { CredentialsError } from "../errors/credentials-error";
import { isCredentialsError } from "../errors/guards";
import {
  HUAWEICLOUD_BASIC_SECTION,
  HUAWEICLOUD_CREDENTIALS_FILE_VAR,
  HUAWEICLOUD_CREDENTIALS_PATH,
} from "./constants";
import { type Env, processEnv, readEnv } from "./env";
import { type FileAccess, homePath, readOptionalFile } from "./file-access";
import { parseIni } from "./parse-ini";
import { protectCredentials } from "./protect-credentials";
import { nonEmpty, pairFromSection } from "./section-pair";
import type { CredentialProvider, HuaweiCloudCredentials } from "./types";

/** Options for {@link fromHuaweiCloudFile}. */
export interface HuaweiCloudFileOptions extends FileAccess {
  /** Overrides both `HUAWEICLOUD_SDK_CREDENTIALS_FILE` and `~/.huaweicloud/credentials`. */
  path?: string;
  /** Read for `HUAWEICLOUD_SDK_CREDENTIALS_FILE`; defaults to `process.env` where it exists. */
  env?: Env;
}

/**
 * Huawei AK/SK from the official SDKs' profile file: `$HUAWEICLOUD_SDK_CREDENTIALS_FILE`, else
 * `~/.huaweicloud/credentials`, section `[basic]` with `ak`, `sk` and optional `security_token`,
 * `project_id` (huaweicloud-sdk-go-v3 `core/auth/provider/profile_provider.go`).
 */
export function fromHuaweiCloudFile(
  options: HuaweiCloudFileOptions = {},
): CredentialProvider<HuaweiCloudCredentials> {
  return async () => {
    const fromEnv =
      options.path === undefined
        ? readEnv(options.env ?? processEnv(), HUAWEICLOUD_CREDENTIALS_FILE_VAR)
        : undefined;
    const tried = options.path === undefined ? [HUAWEICLOUD_CREDENTIALS_FILE_VAR] : [];
    const path = options.path ?? fromEnv ?? (await homePath(options, HUAWEICLOUD_CREDENTIALS_PATH));
    if (path === undefined) {
      throw new CredentialsError("No home directory, so no ~/.huaweicloud/credentials to read", {
        tried: [...tried, `~/${HUAWEICLOUD_CREDENTIALS_PATH.join("/")}`],
      });
    }
    tried.push(path);
    const text = await readOptionalFile(options, path);
    if (text === undefined) {
      // A path the user named explicitly must exist; the default one may simply not.
      const named = options.path !== undefined || fromEnv !== undefined;
      throw new CredentialsError(`${path} does not exist`, {
        tried,
        reason: named ? "invalid" : "not-found",
      });
    }
    const section = withTried(tried, () => parseIni(text, path).get(HUAWEICLOUD_BASIC_SECTION) ?? new Map());
    const [accessKey, secretKey] = withTried(tried, () =>
      pairFromSection(section, "ak", "sk", { path, section: HUAWEICLOUD_BASIC_SECTION }),
    );
    const securityToken = nonEmpty(section.get("security_token"))?.value;
    const projectId = nonEmpty(section.get("project_id"))?.value;
    return protectCredentials({
      accessKey,
      secretKey,
      ...(securityToken === undefined ? {} : { securityToken }),
      ...(projectId === undefined ? {} : { projectId }),
    });
  };
}

/** Re-throws a CredentialsError with the full list of what was tried. */
function withTried<T>(tried: readonly string[], read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!isCredentialsError(error)) throw error;
    throw new CredentialsError(error.message, { tried, reason: error.reason });
  }
}
