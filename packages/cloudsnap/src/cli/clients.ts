// The clients a command uses for a target: credentials from the environment and files (or one
// `--profile`), the `--endpoint` origin, the target's site or region, and the fetch to send with
// (the real one, a test's, or the dry run's recorder).

import { type CredentialProvider, memoize } from "../core/credentials";
import type { Provider } from "../core/http-errors";
import type { Logger } from "../core/logging";
import { createHuaweiCloudClient } from "../providers/huaweicloud/client";
import {
  defaultHuaweiCloudCredentials,
  fromHuaweiCloudFile,
  type HuaweiCloudCredentials,
} from "../providers/huaweicloud/credentials";
import { createNcloudClient } from "../providers/ncloud/client";
import {
  defaultNcloudCredentials,
  fromNcloudFile,
  type NcloudCredentials,
} from "../providers/ncloud/credentials";
import { createZStackClient } from "../providers/zstack/client";
import {
  defaultZStackCredentials,
  readZStackConnectionEnv,
  type ZStackCredentials,
} from "../providers/zstack/credentials";
import type { SnapshotClients } from "../unified/create-snapshot";
import type { Target } from "../unified/targets";
import type { CliIo } from "./io";
import { UsageError } from "./usage-error";

/** How a command's clients are made. */
export interface ClientSettings {
  readonly endpoint?: string;
  readonly profile?: string;
  readonly logger?: Logger;
  /** Replaces `io.fetch` (the dry run's recorder). */
  readonly fetch?: (request: Request) => Promise<Response>;
}

/** Credentials of any provider. */
export type AnyCredentials = NcloudCredentials | HuaweiCloudCredentials | ZStackCredentials;

/**
 * Where a provider's credentials come from: its default chain (environment variables, then its
 * file), or with `--profile` only that profile of its file. ZStack has no file, so no profiles.
 */
export function credentialsFor(
  provider: Provider,
  io: CliIo,
  profile: string | undefined,
): CredentialProvider<AnyCredentials> {
  const files = { homedir: io.homedir };
  switch (provider) {
    case "ncloud":
      return profile === undefined
        ? defaultNcloudCredentials({ env: io.env, ...files })
        : memoize(fromNcloudFile({ profile, ...files }));
    case "huaweicloud":
      return profile === undefined
        ? defaultHuaweiCloudCredentials({ env: io.env, ...files })
        : memoize(fromHuaweiCloudFile({ section: profile, env: io.env, ...files }));
    case "zstack":
      if (profile !== undefined) {
        throw new UsageError("--profile: ZStack credentials come from the environment only (ZSTACK_*)");
      }
      return defaultZStackCredentials({ env: io.env });
  }
}

/** The provider of a target kind. */
export function providerOf(target: Target): Provider {
  return target.api === "huaweicloud-evs" ? "huaweicloud" : target.api === "zstack" ? "zstack" : "ncloud";
}

/** One client for the target's provider, built for its site or region, as `createSnapshot` takes it. */
export function clientsFor(
  target: Target,
  io: CliIo,
  settings: ClientSettings,
  credentials: CredentialProvider<AnyCredentials> = credentialsFor(providerOf(target), io, settings.profile),
): SnapshotClients {
  const fetch = settings.fetch ?? io.fetch;
  const common = {
    ...(settings.endpoint !== undefined ? { endpoint: settings.endpoint } : {}),
    ...(fetch ? { fetch } : {}),
    ...(settings.logger ? { logger: settings.logger } : {}),
  };
  switch (target.api) {
    case "ncloud-nas":
    case "ncloud-vpc":
    case "ncloud-ses":
      return {
        ncloud: createNcloudClient({
          ...common,
          ...(target.site ? { site: target.site } : {}),
          credentials: credentials as CredentialProvider<NcloudCredentials>,
        }),
      };
    case "huaweicloud-evs":
      return {
        huaweicloud: createHuaweiCloudClient({
          ...common,
          ...(target.region ? { region: target.region } : {}),
          credentials: credentials as CredentialProvider<HuaweiCloudCredentials>,
        }),
      };
    case "zstack": {
      const node = settings.endpoint === undefined ? readZStackConnectionEnv({ env: io.env }) : {};
      return {
        zstack: createZStackClient({
          ...common,
          ...node,
          credentials: credentials as CredentialProvider<ZStackCredentials>,
        }),
      };
    }
  }
}

/** Logs out of a ZStack session, if one was opened; never fails the command. */
export async function closeClients(clients: SnapshotClients): Promise<void> {
  try {
    await clients.zstack?.close();
  } catch {
    // A failed logout leaves a session to expire on its own; the command's outcome stands.
  }
}
