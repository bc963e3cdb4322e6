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
import { type InvokeDeps, invokeOperation } from "../../http/invoke-operation";
import type { FacadeMethods, SuccessBody } from "../facade-types";
import { resolveOrigin } from "../resolve-origin";
import { createAccessKeyAuthorizer } from "./access-key-authorizer";
import { DEFAULT_ZSTACK_PORT } from "./constants";
import { createSessionAuthorizer, createSessionCall } from "./session-authorizer";
import { type JobWaitOptions, jobUuidFromLocation, waitForJob } from "./wait-for-job";

/** Options for {@link createZStackClient}. */
export interface ZStackClientOptions {
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
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Per-attempt timeout in milliseconds (default 30 s). */
  readonly timeoutMs?: number;
  readonly now?: () => Date;
}

type Methods = FacadeMethods<volumeSnapshots.Operations, volumeSnapshots.operations, never, "keep">;

/** ZStack operations; an async create (202) resolves to the finished job's result. */
export type ZStackVolumeSnapshots = Omit<Methods, "createVolumeSnapshot"> & {
  createVolumeSnapshot(
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
  };
  const timeouts = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
  const session = createSessionAuthorizer(
    async () => expectSession(await resolved()),
    createSessionCall(api, fetchImpl, options.timeoutMs),
  );
  const accessKey = createAccessKeyAuthorizer(async () => expectAccessKey(await resolved()), {
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(options.now ? { now: options.now } : {}),
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
    secrets: () => [...session.secrets(), ...accessKey.secrets()],
  };
  const deps: InvokeDeps = { fetch: fetchImpl, authorizer, ...timeouts };

  const methods: Record<string, unknown> = {};
  for (const operationId of Object.keys(api.operations)) {
    methods[operationId] = async (params?: Record<string, unknown>, callOptions: JobWaitOptions = {}) => {
      const result = await invokeOperation(api, deps, operationId, params, callOptions);
      if (result.status !== 202 || operationId === "getApiJob") return result.value;
      const location = (result.value as { location?: unknown }).location;
      const jobUuid = jobUuidFromLocation(typeof location === "string" ? location : "");
      // The create's own headers (e.g. a Prefer or X-Job-UUID) do not belong on the polls.
      const pollOptions = {
        ...(callOptions.signal ? { signal: callOptions.signal } : {}),
        ...(callOptions.timeoutMs ? { timeoutMs: callOptions.timeoutMs } : {}),
      };
      return waitForJob(
        jobUuid,
        (uuid) => invokeOperation(api, deps, "getApiJob", { jobUuid: uuid }, pollOptions),
        callOptions,
      );
    };
  }
  return {
    volumeSnapshots: methods as unknown as ZStackVolumeSnapshots,
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
