// createZStackClient: volume snapshots on a management node, with session or AccessKey auth, whose
// async creates are followed to the end of their job.

import type { volumeSnapshots as volumeSnapshotTypes } from "@cloudsnap/zstack";
import { volumeSnapshots } from "@cloudsnap/zstack/metadata";
import {
  type ClientReliabilityOptions,
  createTransport,
  shouldCorrectClockSkew,
} from "../../core/call-options";
import { type CredentialSource, checkedCredentials } from "../../core/credentials";
import { CredentialsError } from "../../core/errors";
import { bindMethods, type FacadeMethods, type SuccessBody } from "../../core/facade";
import { loadPipeline } from "../../core/load-pipeline";
import { type ApiBinding, type Authorizer, checkOrigin, withoutAuth } from "../../core/provider";
import { createAccessKeyAuthorizer, createSessionAuthorizer, ZSTACK_OWNED_HEADERS } from "./auth";
import {
  ACCESS_KEY_FIELDS,
  defaultZStackCredentials,
  isZStackAccessKeyCredentials,
  readZStackConnectionEnv,
  SESSION_FIELDS,
  type ZStackAccessKeyCredentials,
  type ZStackCredentials,
  type ZStackSessionCredentials,
} from "./credentials";
import { hasJobUuid } from "./job-id";
import type { JobFollower, JobWaitOptions } from "./jobs";
import { DEFAULT_ZSTACK_HOST, DEFAULT_ZSTACK_PORT, ZSTACK_RULES } from "./rules";

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
}

type Methods = FacadeMethods<volumeSnapshotTypes.Operations, volumeSnapshotTypes.operations, never, "keep">;
type CreateResult = Extract<SuccessBody<volumeSnapshotTypes.operations["getApiJob"]>, { inventory: unknown }>;

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
  ): Promise<CreateResult>;
  /** The same as `createVolumeSnapshot`, which already waits for the job: named like the other clients' forms. */
  createVolumeSnapshotAndWait(
    params: Parameters<Methods["createVolumeSnapshot"]>[0],
    options?: JobWaitOptions,
  ): Promise<CreateResult>;
};

/** A ZStack client: `volumeSnapshots`, plus `close()` to log a session out. */
export interface ZStackClient {
  readonly volumeSnapshots: ZStackVolumeSnapshots;
  close(): Promise<void>;
}

const FACTORY = "createZStackClient";

/** Creates a typed ZStack client with session or AccessKey auth that follows async jobs to the end. */
export function createZStackClient(options: ZStackClientOptions = {}): ZStackClient {
  const transport = createTransport(FACTORY, options);
  const where = resolveZStackOrigin(options);
  const source = options.credentials ?? defaultZStackCredentials();
  const resolved = async (): Promise<ZStackCredentials> => {
    const value = typeof source === "function" ? await source() : source;
    if (typeof value !== "object" || value === null) {
      throw new CredentialsError("ZStack credentials must be an object", { reason: "invalid" });
    }
    return value;
  };
  const base = {
    rules: ZSTACK_RULES,
    ...where,
    operations: volumeSnapshots.OPERATIONS,
    shapes: volumeSnapshots.SHAPES,
    transport,
  };
  const session = createSessionAuthorizer(
    checkedCredentials(async () => expectSession(await resolved()), SESSION_FIELDS, "ZStack"),
    async (operationId, params, secrets) =>
      (
        await (
          await loadPipeline()
        ).callOperation({ ...base, authorizer: withoutAuth(() => secrets) }, operationId, params)
      ).value,
  );
  const accessKey = createAccessKeyAuthorizer(
    checkedCredentials(async () => expectAccessKey(await resolved()), ACCESS_KEY_FIELDS, "ZStack"),
    { timeZone: options.timeZone, now: options.now, correctClockSkew: shouldCorrectClockSkew(options) },
  );
  // Which scheme applies is known only once the credentials resolve.
  let chosen: Authorizer | undefined;
  const pick = async () => {
    chosen ??= isZStackAccessKeyCredentials(await resolved()) ? accessKey : session;
    return chosen;
  };
  const authorizer: Authorizer = {
    ownedHeaders: ZSTACK_OWNED_HEADERS,
    sign: async (request, signal) => (await pick()).sign(request, signal),
    recover: (answer, attempt, signal) => chosen?.recover?.(answer, attempt, signal) ?? false,
    secrets: () => [...session.secrets(), ...accessKey.secrets()],
  };
  const api: ApiBinding = { ...base, authorizer, isIdentified: hasJobUuid };
  // The job follower (and the core's polling) loads with the first create.
  let follower: Promise<JobFollower> | undefined;
  const follow: JobFollower = async (operation, params, callOptions) => {
    follower ??= import("./jobs").then(
      ({ createJobFollower }) => createJobFollower(api),
      (error: unknown) => {
        follower = undefined;
        throw error;
      },
    );
    return (await follower)(operation, params, callOptions);
  };
  const methods = bindMethods<Methods>(api);
  const createOperation = volumeSnapshots.OPERATIONS.createVolumeSnapshot;
  const createVolumeSnapshot = (
    params: Parameters<Methods["createVolumeSnapshot"]>[0],
    callOptions?: JobWaitOptions,
  ) => follow(createOperation, params, callOptions) as Promise<CreateResult>;
  return {
    volumeSnapshots: { ...methods, createVolumeSnapshot, createVolumeSnapshotAndWait: createVolumeSnapshot },
    close: () => session.close(),
  };
}

function resolveZStackOrigin(options: ZStackClientOptions): { origin: string; host: string } {
  if (options.endpoint !== undefined) return checkOrigin(options.endpoint, "endpoint");
  const env = options.host === undefined || options.port === undefined ? readZStackConnectionEnv() : {};
  const host = options.host ?? env.host ?? DEFAULT_ZSTACK_HOST;
  const port = options.port ?? env.port ?? DEFAULT_ZSTACK_PORT;
  return checkOrigin(`http://${host}:${port}`, "host");
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
