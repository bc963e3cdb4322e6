// What Huawei Cloud AK/SK credentials are and where the SDK profile file keeps them: shared by
// credentials.ts and the file reader it loads on first use (credentials-file.ts).

import type { FileAccess } from "../../core/credential-files";
import type { Env } from "../../core/env";

/** Huawei Cloud AK/SK for `SDK-HMAC-SHA256`; `securityToken` for temporary keys (§5.4). */
export interface HuaweiCloudCredentials {
  readonly accessKey: string;
  readonly secretKey: string;
  readonly securityToken?: string;
  readonly projectId?: string;
}

/** Overrides the credentials file path (`profile_provider.go`, SDK READMEs). */
export const HUAWEICLOUD_CREDENTIALS_FILE_VAR = "HUAWEICLOUD_SDK_CREDENTIALS_FILE";
export const HUAWEICLOUD_CREDENTIALS_PATH = [".huaweicloud", "credentials"] as const;
/** The regional (project-scoped) section; `[global]` holds domain-scoped keys. */
export const HUAWEICLOUD_BASIC_SECTION = "basic";

/** Options for `fromHuaweiCloudFile` (credentials.ts). */
export interface HuaweiCloudFileOptions extends FileAccess {
  /** Overrides both `HUAWEICLOUD_SDK_CREDENTIALS_FILE` and `~/.huaweicloud/credentials`. */
  path?: string;
  /** Read for `HUAWEICLOUD_SDK_CREDENTIALS_FILE`; defaults to `process.env` where it exists. */
  env?: Env;
  /** The section to read (default `basic`, the SDKs' project-scoped keys). */
  section?: string;
}
