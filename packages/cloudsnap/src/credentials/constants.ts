/** NCP key id variables, first wins (ncloud-sdk-go-v2 `ncloud/credentials/env_provider.go`). */
export const NCLOUD_ACCESS_KEY_VARS = ["NCLOUD_ACCESS_KEY_ID", "NCLOUD_ACCESS_KEY"] as const;
/** NCP secret variables, first wins. */
export const NCLOUD_SECRET_KEY_VARS = ["NCLOUD_SECRET_ACCESS_KEY", "NCLOUD_SECRET_KEY"] as const;
/** NCP CLI/SDK configure file under the home directory (`config_file_provider.go`). */
export const NCLOUD_CONFIG_PATH = [".ncloud", "configure"] as const;
/** The profile `ncloud configure` writes, also used for keys outside any section. */
export const NCLOUD_DEFAULT_PROFILE = "DEFAULT";
export const NCLOUD_FILE_ACCESS_KEY = "ncloud_access_key_id";
export const NCLOUD_FILE_SECRET_KEY = "ncloud_secret_access_key";

/** Huawei SDK variables (huaweicloud-sdk-go-v3 `core/auth/provider/env_provider.go`). */
export const HUAWEICLOUD_AK_VAR = "HUAWEICLOUD_SDK_AK";
export const HUAWEICLOUD_SK_VAR = "HUAWEICLOUD_SDK_SK";
export const HUAWEICLOUD_SECURITY_TOKEN_VAR = "HUAWEICLOUD_SDK_SECURITY_TOKEN";
export const HUAWEICLOUD_PROJECT_ID_VAR = "HUAWEICLOUD_SDK_PROJECT_ID";
/** Overrides the credentials file path (`profile_provider.go`, SDK READMEs). */
export const HUAWEICLOUD_CREDENTIALS_FILE_VAR = "HUAWEICLOUD_SDK_CREDENTIALS_FILE";
export const HUAWEICLOUD_CREDENTIALS_PATH = [".huaweicloud", "credentials"] as const;
/** The regional (project-scoped) section; `[global]` holds domain-scoped keys. */
export const HUAWEICLOUD_BASIC_SECTION = "basic";

/** ZStack variables (Terraform provider / Packer plugin, providers.md §6.7). */
export const ZSTACK_ACCOUNT_NAME_VAR = "ZSTACK_ACCOUNT_NAME";
export const ZSTACK_ACCOUNT_PASSWORD_VAR = "ZSTACK_ACCOUNT_PASSWORD";
export const ZSTACK_ACCESS_KEY_ID_VAR = "ZSTACK_ACCESS_KEY_ID";
export const ZSTACK_ACCESS_KEY_SECRET_VAR = "ZSTACK_ACCESS_KEY_SECRET";
export const ZSTACK_HOST_VAR = "ZSTACK_HOST";
export const ZSTACK_PORT_VAR = "ZSTACK_PORT";

/** Credential fields whose values are secrets; everything that prints credentials masks them. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  "secretKey",
  "securityToken",
  "password",
  "accessKeySecret",
]);
/** Key ids: not secret, but shown only by their first characters. */
export const KEY_ID_FIELDS: ReadonlySet<string> = new Set(["accessKey", "accessKeyId"]);
