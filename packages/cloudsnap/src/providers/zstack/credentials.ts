// ZStack credentials and connection settings from the environment, as the Terraform provider and the
// Packer plugin name them (providers.md §6.7): an AccessKey pair, or an account login.

import {
  type CredentialField,
  type CredentialProvider,
  chain,
  type MemoizedProvider,
  memoize,
  protectCredentials,
} from "../../core/credentials";
import { type Env, type EnvOptions, processEnv, readEnv } from "../../core/env";
import { CredentialsError, createValidationError } from "../../core/errors";

/** ZStack account login for a session (§6.4). */
export interface ZStackSessionCredentials {
  readonly accountName: string;
  readonly password: string;
}

/** ZStack AccessKey pair for `Authorization: ZStack …` signing (§6.5). */
export interface ZStackAccessKeyCredentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
}

/** Either kind of ZStack credentials. */
export type ZStackCredentials = ZStackSessionCredentials | ZStackAccessKeyCredentials;

/** Whether ZStack credentials are an AccessKey pair (else an account login). */
export function isZStackAccessKeyCredentials(value: ZStackCredentials): value is ZStackAccessKeyCredentials {
  return "accessKeyId" in value;
}

/** The account login's fields, checked when they are resolved. */
export const SESSION_FIELDS: readonly CredentialField[] = [
  { name: "accountName", use: "text" },
  { name: "password", use: "secret" },
];

/** The AccessKey pair's fields, checked when they are resolved. */
export const ACCESS_KEY_FIELDS: readonly CredentialField[] = [
  { name: "accessKeyId", use: "header" },
  { name: "accessKeySecret", use: "secret" },
];

/** ZStack variables (Terraform provider / Packer plugin, providers.md §6.7). */
export const ZSTACK_ACCOUNT_NAME_VAR = "ZSTACK_ACCOUNT_NAME";
export const ZSTACK_ACCOUNT_PASSWORD_VAR = "ZSTACK_ACCOUNT_PASSWORD";
export const ZSTACK_ACCESS_KEY_ID_VAR = "ZSTACK_ACCESS_KEY_ID";
export const ZSTACK_ACCESS_KEY_SECRET_VAR = "ZSTACK_ACCESS_KEY_SECRET";
export const ZSTACK_HOST_VAR = "ZSTACK_HOST";
export const ZSTACK_PORT_VAR = "ZSTACK_PORT";

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

/** ZStack: the AccessKey pair from the environment, else the account login. Memoized. */
export function defaultZStackCredentials(options: EnvOptions = {}): MemoizedProvider<ZStackCredentials> {
  return memoize(fromZStackEnv(options));
}

/** Where the ZStack management node is, as far as the environment says. */
export interface ZStackConnectionSettings {
  host?: string;
  port?: number;
}

/**
 * `ZSTACK_HOST` and `ZSTACK_PORT` (Terraform provider / Packer plugin names). The port must be an
 * integer from 1 to 65535; anything else is a `ValidationError` that does not echo the value.
 */
export function readZStackConnectionEnv(options: EnvOptions = {}): ZStackConnectionSettings {
  const env = options.env ?? processEnv();
  const host = readEnv(env, ZSTACK_HOST_VAR)?.trim();
  const rawPort = readEnv(env, ZSTACK_PORT_VAR)?.trim();
  const settings: ZStackConnectionSettings = {};
  if (host !== undefined) settings.host = host;
  if (rawPort === undefined) return settings;
  const port = /^\d{1,5}$/.test(rawPort) ? Number(rawPort) : Number.NaN;
  if (!(port >= 1 && port <= 65535)) {
    throw createValidationError({
      operation: "readZStackConnectionEnv",
      path: ZSTACK_PORT_VAR,
      rule: "range",
      expected: "an integer from 1 to 65535",
    });
  }
  settings.port = port;
  return settings;
}
