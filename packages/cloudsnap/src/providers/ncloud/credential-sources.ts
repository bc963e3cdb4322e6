// What NAVER Cloud credentials are and where the ncloud CLI's configure file keeps them: shared by
// credentials.ts and the file reader it loads on first use (credentials-file.ts).

import type { FileAccess } from "../../core/credential-files";

/** NAVER Cloud API Gateway access key pair (providers.md §1.3). */
export interface NcloudCredentials {
  readonly accessKey: string;
  readonly secretKey: string;
}

/** NCP CLI/SDK configure file under the home directory (`config_file_provider.go`). */
export const NCLOUD_CONFIG_PATH = [".ncloud", "configure"] as const;
/** The profile `ncloud configure` writes, also used for keys outside any section. */
export const NCLOUD_DEFAULT_PROFILE = "DEFAULT";
export const NCLOUD_FILE_ACCESS_KEY = "ncloud_access_key_id";
export const NCLOUD_FILE_SECRET_KEY = "ncloud_secret_access_key";

/** Options for `fromNcloudFile` (credentials.ts). */
export interface NcloudFileOptions extends FileAccess {
  /** Defaults to `~/.ncloud/configure`. */
  path?: string;
  /** Section to read; defaults to `DEFAULT` (which also covers keys outside any section). */
  profile?: string;
}
