import { CredentialsError } from "../errors/credentials-error";
import { NCLOUD_ACCESS_KEY_VARS, NCLOUD_SECRET_KEY_VARS } from "./constants";
import { type Env, processEnv, readFirstEnv } from "./env";
import { protectCredentials } from "./protect-credentials";
import type { CredentialProvider, NcloudCredentials } from "./types";

/** Options for the environment providers. */
export interface EnvOptions {
  /** Defaults to `process.env` where it exists. */
  env?: Env;
}

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
