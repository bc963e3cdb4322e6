import { CredentialsError } from "../errors/credentials-error";
import { chain } from "./chain";
import {
  ZSTACK_ACCESS_KEY_ID_VAR,
  ZSTACK_ACCESS_KEY_SECRET_VAR,
  ZSTACK_ACCOUNT_NAME_VAR,
  ZSTACK_ACCOUNT_PASSWORD_VAR,
} from "./constants";
import { type Env, processEnv, readEnv } from "./env";
import type { EnvOptions } from "./ncloud-env";
import { protectCredentials } from "./protect-credentials";
import type {
  CredentialProvider,
  ZStackAccessKeyCredentials,
  ZStackCredentials,
  ZStackSessionCredentials,
} from "./types";

/** ZStack AccessKey pair from `ZSTACK_ACCESS_KEY_ID` and `ZSTACK_ACCESS_KEY_SECRET`. */
export function fromZStackAccessKeyEnv(
  options: EnvOptions = {},
): CredentialProvider<ZStackAccessKeyCredentials> {
  return async () => {
    const [accessKeyId, accessKeySecret] = readPair(
      options.env ?? processEnv(),
      ZSTACK_ACCESS_KEY_ID_VAR,
      ZSTACK_ACCESS_KEY_SECRET_VAR,
      "ZStack AccessKey",
    );
    return protectCredentials({ accessKeyId, accessKeySecret });
  };
}

/** ZStack account login from `ZSTACK_ACCOUNT_NAME` and `ZSTACK_ACCOUNT_PASSWORD`. */
export function fromZStackSessionEnv(options: EnvOptions = {}): CredentialProvider<ZStackSessionCredentials> {
  return async () => {
    const [accountName, password] = readPair(
      options.env ?? processEnv(),
      ZSTACK_ACCOUNT_NAME_VAR,
      ZSTACK_ACCOUNT_PASSWORD_VAR,
      "ZStack account",
    );
    return protectCredentials({ accountName, password });
  };
}

/**
 * ZStack credentials from the environment: the AccessKey pair when set (stateless signing, no
 * session to expire), else the account login. A half-set pair is an error, not a fallback.
 */
export function fromZStackEnv(options: EnvOptions = {}): CredentialProvider<ZStackCredentials> {
  return chain<ZStackCredentials>(fromZStackAccessKeyEnv(options), fromZStackSessionEnv(options));
}

function readPair(env: Env, first: string, second: string, what: string): [string, string] {
  const a = readEnv(env, first);
  const b = readEnv(env, second);
  if (a !== undefined && b !== undefined) return [a, b];
  if (a === undefined && b === undefined) {
    throw new CredentialsError(`${what} credentials not set in the environment (${first}, ${second})`, {
      tried: [first, second],
    });
  }
  const [present, missing] = a === undefined ? [second, first] : [first, second];
  throw new CredentialsError(`${present} is set but ${missing} is missing`, {
    tried: [first, second],
    reason: "invalid",
  });
}
