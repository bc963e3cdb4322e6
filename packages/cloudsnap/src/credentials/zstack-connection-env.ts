import { createValidationError } from "../errors/create-validation-error";
import { ZSTACK_HOST_VAR, ZSTACK_PORT_VAR } from "./constants";
import { processEnv, readEnv } from "./env";
import type { EnvOptions } from "./ncloud-env";

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
