// NAVER Cloud credentials, read the way the official SDKs and the ncloud CLI read them: environment
// variables, then `~/.ncloud/configure` (ncloud-sdk-go-v2 `ncloud/credentials/*_provider.go`).

import type { FileAccess } from "../../core/credential-files";
import {
  type CredentialField,
  type CredentialProvider,
  chain,
  type MemoizedProvider,
  memoize,
  protectCredentials,
} from "../../core/credentials";
import { type EnvOptions, processEnv, readFirstEnv } from "../../core/env";
import { CredentialsError } from "../../core/errors";
import type { NcloudCredentials, NcloudFileOptions } from "./credential-sources";

export {
  NCLOUD_CONFIG_PATH,
  NCLOUD_DEFAULT_PROFILE,
  NCLOUD_FILE_ACCESS_KEY,
  NCLOUD_FILE_SECRET_KEY,
  type NcloudCredentials,
  type NcloudFileOptions,
} from "./credential-sources";

/** The fields, checked when they are resolved. */
export const NCLOUD_FIELDS: readonly CredentialField[] = [
  { name: "accessKey", use: "header" },
  { name: "secretKey", use: "secret" },
];

/** NCP key id variables, first wins (ncloud-sdk-go-v2 `ncloud/credentials/env_provider.go`). */
export const NCLOUD_ACCESS_KEY_VARS = ["NCLOUD_ACCESS_KEY_ID", "NCLOUD_ACCESS_KEY"] as const;
/** NCP secret variables, first wins. */
export const NCLOUD_SECRET_KEY_VARS = ["NCLOUD_SECRET_ACCESS_KEY", "NCLOUD_SECRET_KEY"] as const;

const TRIED = [...NCLOUD_ACCESS_KEY_VARS, ...NCLOUD_SECRET_KEY_VARS];

/**
 * NCP keys from `NCLOUD_ACCESS_KEY_ID` (or `NCLOUD_ACCESS_KEY`) and `NCLOUD_SECRET_ACCESS_KEY`
 * (or `NCLOUD_SECRET_KEY`), the first name of each pair winning, as in the official SDKs.
 */
export function fromNcloudEnv(options: EnvOptions = {}): CredentialProvider<NcloudCredentials> {
  return async () => {
    const env = options.env ?? processEnv();
    const key = readFirstEnv(env, NCLOUD_ACCESS_KEY_VARS);
    const secret = readFirstEnv(env, NCLOUD_SECRET_KEY_VARS);
    if (key !== undefined && secret !== undefined) {
      return protectCredentials({ accessKey: key.value, secretKey: secret.value });
    }
    if (key === undefined && secret === undefined) {
      throw new CredentialsError(`NCP credentials not set in the environment (${TRIED.join(", ")})`, {
        tried: TRIED,
      });
    }
    const missing = key === undefined ? NCLOUD_ACCESS_KEY_VARS : NCLOUD_SECRET_KEY_VARS;
    const present = (key ?? secret)?.name;
    throw new CredentialsError(`${present} is set but ${missing.join(" or ")} is missing`, {
      tried: TRIED,
      reason: "invalid",
    });
  };
}

/**
 * NCP keys from the file `ncloud configure` writes: `~/.ncloud/configure`, INI with
 * `ncloud_access_key_id` / `ncloud_secret_access_key` under `[DEFAULT]` or a named profile. The
 * file reader is loaded when it is first asked: clients given credentials in code never carry it.
 */
export function fromNcloudFile(options: NcloudFileOptions = {}): CredentialProvider<NcloudCredentials> {
  return async () => (await import("./credentials-file")).readNcloudFile(options);
}

/** What the default chain reads from; every part defaults to the real environment and disk. */
export interface NcloudDefaultCredentialsOptions extends EnvOptions, FileAccess {
  /** The `~/.ncloud/configure` profile to read (default `DEFAULT`). */
  profile?: string;
}

/** NCP: environment variables, then `~/.ncloud/configure` `[DEFAULT]` (or `profile`). Memoized. */
export function defaultNcloudCredentials(
  options: NcloudDefaultCredentialsOptions = {},
): MemoizedProvider<NcloudCredentials> {
  return memoize(chain(fromNcloudEnv(options), fromNcloudFile(options)));
}
