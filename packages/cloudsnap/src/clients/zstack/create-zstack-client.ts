import { createVolumeSnapshotsClient, volumeSnapshots } from "@cloudsnap/zstack";
import {
  type CredentialSource,
  defaultZStackCredentials,
  isZStackAccessKeyCredentials,
  readZStackConnectionEnv,
  resolveCredentialSource,
  type ZStackAccessKeyCredentials,
  type ZStackCredentials,
  type ZStackSessionCredentials,
} from "../../credentials";
import { CredentialsError } from "../../errors";
import type { ApiBinding } from "../../http/api-binding";
import type { Authorizer } from "../../http/authorizer";
import {
  type ClientReliabilityOptions,
  clientReliability,
  shouldCorrectClockSkew,
} from "../../http/client-reliability";
import { type InvokeDeps, invokeOperation } from "../../http/invoke-operation";
import type { FacadeMethods, SuccessBody } from "../facade-types";
import { withSecrets } from "../group-secrets";
import { resolveOrigin } from "../resolve-origin";
import { createAccessKeyAuthorizer } from "./access-key-authorizer";
import { DEFAULT_ZSTACK_PORT } from "./constants";
import { createJobFollower } from "./follow-job";
import { hasJobUuid } from "./job-uuid";
import { createSessionAuthorizer, createSessionCall } from "./session-authorizer";
import type { JobWaitOptions } from "./wait-for-job";

/** Options for {@link createZStackClient}. */
export interface ZStackClientOptions extends ClientReliabilityOptions {
  /** `{ accountName, password }` for a session or `{ accessKeyId, accessKeySecret }`; defaults to `ZSTACK_*` variables. */
  readonly credentials?: CredentialSource<ZStackCredentials>;
  /** Management node host (default `ZSTACK_HOST`). */
  readonly host?: string;
  /** Management node port (default `ZSTACK_PORT`, else 8080). */
  readonly port?: number;
  /** One origin that replaces host and port (e.g. `https://zstack.example.com`). */
  readonly endpoint?: string;
  /** IANA zone of the management node, for AccessKey `Date` headers (default: this runtime's zone). */
  readonly timeZone?: string;
  /** Fetch implementation; defaults to `globalThis.fetch`. */
  readonly fetch?: (request: Request) => Promise<Response>;
}

type Methods = FacadeMethods<volumeSnapshots.Operations, volumeSnapshots.operations, never, "keep">;

/**
 * ZStack operations; an async create (202) resolves to the finished job's result. A create carries
 * one `X-Job-UUID` on every attempt (yours, or a fresh one), so it is also retried after a timeout,
 * a dropped connection or a 5xx: ZStack refuses a second copy as "Duplicate job uuid", and the
 * facade then follows the job the first copy started. An id you chose that ZStack already knows
 * (a duplicate on the first try) is reported as a `BadRequestError`, not followed. The overall
 * deadline covers the create and the job polling (default 2 min plus the job deadline, `deadlineMs`).
 */
export type ZStackVolumeSnapshots = Omit<Methods, "createVolumeSnapshot"> & {
  createVolumeSnapshot(
    params: Parameters<Methods["createVolumeSnapshot"]>[0],
    options?: JobWaitOptions,
  ): Promise<Extract<SuccessBody<volumeSnapshots.operations["getApiJob"]>, { inventory: unknown }>>;
  /** The same as `createVolumeSnapshot`, which already waits for the job: named like the other clients' forms. */
  createVolumeSnapshotAndWait(
    params: Parameters<Methods["createVolumeSnapshot"]>[0],
    options?: JobWaitOptions,
  ): Promise<Extract<SuccessBody<volumeSnapshots.operations["getApiJob"]>, { inventory: unknown }>>;
};

/** A ZStack client: `volumeSnapshots`, plus `close()` to log a session out. */
export interface ZStackClient {
  readonly volumeSnapshots: ZStackVolumeSnapshots;
  close(): Promise<void>;
}

/** Creates a typed ZStack client with session or AccessKey auth that follows async jobs to the end. */
export function createZStackClient(options: ZStackClientOptions = {}): ZStackClient {
  const origin = resolveZStackOrigin(options);
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const generated = createVolumeSnapshotsClient({ baseUrl: origin });
  const source = options.credentials ?? defaultZStackCredentials();
  const resolved = () => resolveCredentialSource(source);
  const api: ApiBinding = {
    provider: "zstack",
    operations: volumeSnapshots.OPERATIONS,
    shapes: volumeSnapshots.SHAPES,
    bound: generated,
    isIdentified: hasJobUuid,
  };
  const reliability = clientReliability("createZStackClient", options);
  const session = createSessionAuthorizer(
    async () => expectSession(await resolved()),
    createSessionCall(api, fetchImpl, reliability),
  );
  const accessKey = createAccessKeyAuthorizer(async () => expectAccessKey(await resolved()), {
    timeZone: options.timeZone,
    now: options.now,
    correctClockSkew: shouldCorrectClockSkew(options),
  });
  // Which scheme applies is known only once the credentials resolve.
  let chosen: Authorizer | undefined;
  const pick = async () => {
    chosen ??= isZStackAccessKeyCredentials(await resolved()) ? accessKey : session;
    return chosen;
  };
  const authorizer: Authorizer = {
    authorize: async (request) => (await pick()).authorize(request),
    refreshIfExpired: async (response) => (await pick()).refreshIfExpired?.(response) ?? false,
    correctClockSkew: (response) => chosen?.correctClockSkew?.(response) ?? false,
    secrets: () => [...session.secrets(), ...accessKey.secrets()],
  };
  const deps: InvokeDeps = { fetch: fetchImpl, authorizer, ...reliability };
  const createAndWait = createJobFollower(api, deps);

  const methods: Record<string, unknown> = {};
  for (const operation of Object.values(api.operations)) {
    const follows = operation.responses["202"] !== undefined && operation.operationId !== "getApiJob";
    methods[operation.operationId] = async (
      params: Record<string, unknown> = {},
      callOptions: JobWaitOptions = {},
    ) =>
      follows
        ? createAndWait(operation, params, callOptions)
        : (await invokeOperation(api, deps, operation.operationId, params, callOptions)).value;
  }
  return {
    volumeSnapshots: withSecrets(
      { ...methods, createVolumeSnapshotAndWait: methods.createVolumeSnapshot },
      authorizer.secrets,
    ) as unknown as ZStackVolumeSnapshots,
    close: () => session.close(),
  };
}

function resolveZStackOrigin(options: ZStackClientOptions): string {
  if (options.endpoint) return resolveOrigin(options.endpoint, "endpoint");
  const env = options.host === undefined || options.port === undefined ? readZStackConnectionEnv() : {};
  const host = options.host ?? env.host ?? "localhost";
  const port = options.port ?? env.port ?? DEFAULT_ZSTACK_PORT;
  return resolveOrigin(`http://${host}:${port}`, "host");
}

function expectSession(credentials: ZStackCredentials): ZStackSessionCredentials {
  if (isZStackAccessKeyCredentials(credentials))
    throw new CredentialsError("expected ZStack account credentials");
  return credentials;
}

function expectAccessKey(credentials: ZStackCredentials): ZStackAccessKeyCredentials {
  if (!isZStackAccessKeyCredentials(credentials))
    throw new CredentialsError("expected ZStack AccessKey credentials");
  return credentials;
}
