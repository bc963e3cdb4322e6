// Reading the Huawei Cloud SDK profile file; loaded by fromHuaweiCloudFile on first use.

import { homePath, nonEmpty, pairFromSection, parseIni, readOptionalFile } from "../../core/credential-files";
import { protectCredentials } from "../../core/credentials";
import { processEnv, readEnv } from "../../core/env";
import { CredentialsError } from "../../core/errors";
import { isCredentialsError } from "../../core/guards";
import {
  HUAWEICLOUD_BASIC_SECTION,
  HUAWEICLOUD_CREDENTIALS_FILE_VAR,
  HUAWEICLOUD_CREDENTIALS_PATH,
  type HuaweiCloudCredentials,
  type HuaweiCloudFileOptions,
} from "./credential-sources";

/**
 * Huawei AK/SK from the official SDKs' profile file: `$HUAWEICLOUD_SDK_CREDENTIALS_FILE`, else
 * `~/.huaweicloud/credentials`, section `[basic]` with `ak`, `sk` and optional `security_token`,
 * `project_id` (huaweicloud-sdk-go-v3 `core/auth/provider/profile_provider.go`).
 */
/** Reads the profile file as {@link fromHuaweiCloudFile} describes. */
export async function readHuaweiCloudFile(options: HuaweiCloudFileOptions): Promise<HuaweiCloudCredentials> {
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
  const section_ = options.section ?? HUAWEICLOUD_BASIC_SECTION;
  const text = await readOptionalFile(options, path);
  if (text === undefined) {
    // A path the user named explicitly must exist; the default one may simply not.
    const named = options.path !== undefined || fromEnv !== undefined;
    throw new CredentialsError(`${path} does not exist`, {
      tried,
      reason: named ? "invalid" : "not-found",
    });
  }
  const section = withTried(tried, () => parseIni(text, path).get(section_) ?? new Map());
  const [accessKey, secretKey] = withTried(tried, () =>
    pairFromSection(section, "ak", "sk", { path, section: section_ }),
  );
  const securityToken = nonEmpty(section.get("security_token"))?.value;
  const projectId = nonEmpty(section.get("project_id"))?.value;
  return protectCredentials({
    accessKey,
    secretKey,
    ...(securityToken === undefined ? {} : { securityToken }),
    ...(projectId === undefined ? {} : { projectId }),
  });
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
