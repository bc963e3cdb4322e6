// createSnapshot and waitForSnapshot: one call for a snapshot on any of the five APIs. A thin layer
// over the provider homes' adapters; every guarantee of the per-provider methods holds (validation
// before I/O, the NAS capacity guard, no duplicate create, deadlines, typed errors, no secret shown).

import { isAbortSignal } from "../core/call-options";
import type { CredentialSource } from "../core/credentials";
import { createValidationError } from "../core/errors";
import {
  type AdapterContext,
  readOptionalClock,
  type Snapshot,
  type SnapshotAdapter,
  type SnapshotRef,
  type SnapshotWaitOptions,
} from "../core/snapshot";
import { suggestField } from "../core/suggest-field";
import {
  DEFAULT_WAITER_TUNING,
  resolveWaiterOptions,
  snapshotFailure,
  type WaiterOptions,
} from "../core/waiting";
import type { HuaweiCloudClient, HuaweiCloudClientOptions } from "../providers/huaweicloud/client";
import type { NcloudClient } from "../providers/ncloud/client";
import type { NcloudCredentials } from "../providers/ncloud/credentials";
import type { ZStackClient } from "../providers/zstack/client";
import type { ZStackCredentials } from "../providers/zstack/credentials";
import { ADAPTERS, type Target, type TargetInput, toTarget } from "./targets";

/** Clients you built, reused by the unified calls instead of clients made from default credentials. */
export interface SnapshotClients {
  readonly ncloud?: NcloudClient;
  readonly huaweicloud?: HuaweiCloudClient;
  readonly zstack?: ZStackClient;
}

/** Credentials for the clients the unified calls build (each provider's default chain when left out). */
export interface SnapshotCredentials {
  readonly ncloud?: CredentialSource<NcloudCredentials>;
  readonly huaweicloud?: HuaweiCloudClientOptions["credentials"];
  readonly zstack?: CredentialSource<ZStackCredentials>;
}

/** Where the unified calls get their clients. */
export interface SnapshotClientOptions {
  /** Reuse these clients (their own endpoints and credentials apply). */
  readonly clients?: SnapshotClients;
  /** Credentials for clients built here; clients are cached per provider, region, endpoint and credentials. */
  readonly credentials?: SnapshotCredentials;
  /** One origin that replaces every default host of the target's provider (not with `clients`). */
  readonly endpoint?: string;
}

/** Options of {@link createSnapshot}. */
export interface CreateSnapshotOptions extends SnapshotClientOptions {
  /**
   * The snapshot's name. Default: `<volume>-<UTC yyyyMMdd-HHmmss>`, fitted to the API's rules (NCP
   * VPC and Search Engine: `snap-…`, at most 30 characters). Classic NAS names its snapshots itself
   * and refuses a name.
   */
  readonly name?: string;
  /** A description (VPC, EVS, ZStack; Classic NAS and Search Engine take none). */
  readonly description?: string;
  /** Wait until the snapshot is usable: `true`, or the waiter's options (`deadlineMs`, `onProgress`, …). */
  readonly wait?: boolean | SnapshotWaitOptions;
  /** Aborts the create and the wait. */
  readonly signal?: AbortSignal;
  /** Per-attempt timeout of the create, in milliseconds (the client's default when left out). */
  readonly timeoutMs?: number;
  /** Classic NAS only: skip the snapshot reserve check (see `NasCreateOptions`). */
  readonly acceptCapacityRisk?: boolean;
  /** The moment a default name records: a `Date` or a clock (default: the current time). */
  readonly now?: Date | (() => Date);
}

/** Options of {@link waitForSnapshot}. */
export interface WaitForSnapshotOptions extends SnapshotWaitOptions, SnapshotClientOptions {}

const CREATE_OPTIONS = [
  "name",
  "description",
  "wait",
  "signal",
  "timeoutMs",
  "acceptCapacityRisk",
  "now",
  "clients",
  "credentials",
  "endpoint",
] as const;
const WAIT_OPTIONS = [
  "intervalMs",
  "maxIntervalMs",
  "backoff",
  "deadlineMs",
  "signal",
  "timeoutMs",
  "onProgress",
  "clients",
  "credentials",
  "endpoint",
] as const;
const PROVIDERS = ["ncloud", "huaweicloud", "zstack"] as const;

/**
 * Takes a snapshot of one volume on any of the five APIs and resolves to a normalized `Snapshot`
 * (`raw` holds the provider's own answer). With `wait`, resolves once the snapshot is usable.
 *
 * ```ts
 * const snapshot = await createSnapshot("huaweicloud-evs:6d2c…?region=cn-north-4", { wait: true });
 * ```
 *
 * Every input is checked before anything is sent: the target, the options (wait options included),
 * the name against the API's rules. A create is never sent twice unless that is provably safe.
 */
export async function createSnapshot(
  target: TargetInput,
  options?: CreateSnapshotOptions,
): Promise<Snapshot<Target>> {
  const operation = "createSnapshot";
  const checked = toTarget(target);
  const given = checkOptions(operation, options, CREATE_OPTIONS);
  const adapter = ADAPTERS[checked.api] as unknown as SnapshotAdapter<Target, unknown>;
  const name = optionalString(operation, "name", given.name);
  const description = optionalString(operation, "description", given.description);
  if (given.acceptCapacityRisk !== undefined && typeof given.acceptCapacityRisk !== "boolean") {
    throw createValidationError({
      operation,
      path: "options.acceptCapacityRisk",
      rule: "type",
      expected: "boolean",
    });
  }
  const at = readOptionalClock(given.now);
  if (at === null) {
    throw createValidationError({
      operation,
      path: "options.now",
      rule: "type",
      expected: "a valid Date, or a function returning one",
    });
  }
  const waitOptions = resolveWait(operation, given.wait, given.signal);
  adapter.checkNaming(checked, name, description);
  const chosen = name ?? adapter.defaultName(checked, at ?? new Date());
  const client = adapter.client(checked, contextOf(operation, given));
  const snapshot = await adapter.create(client, checked, {
    name: chosen,
    nameSource: name !== undefined ? "caller" : chosen !== undefined ? "default" : "provider",
    description,
    call: {
      ...(given.signal ? { signal: given.signal } : {}),
      ...(given.timeoutMs !== undefined ? { timeoutMs: given.timeoutMs } : {}),
    },
    ...(given.acceptCapacityRisk ? { acceptCapacityRisk: true } : {}),
  });
  if (!waitOptions || snapshot.status === "ready") return snapshot;
  if (snapshot.status === "failed") throw failedAtCreate(snapshot);
  return waitWith(adapter, client, snapshot, waitOptions);
}

/**
 * Waits until a snapshot is usable and resolves to its final state: a `Snapshot` that
 * `createSnapshot` returned, or `{ target, id }` naming one (as `cloudsnap wait` does). Pass the
 * same `clients`, `credentials` or `endpoint` as to the create. A snapshot already `ready` is
 * returned as is; a `failed` one rejects with `SnapshotFailedError`.
 */
export async function waitForSnapshot(
  snapshot: SnapshotRef<Target> | Snapshot<Target>,
  options?: WaitForSnapshotOptions,
): Promise<Snapshot<Target>> {
  const operation = "waitForSnapshot";
  if (typeof snapshot !== "object" || snapshot === null) {
    throw createValidationError({
      operation,
      path: "snapshot",
      rule: "type",
      expected: "a Snapshot or { target, id }",
    });
  }
  const target = toTarget(snapshot.target);
  const id = snapshot.id;
  if (typeof id !== "string" || id === "") {
    throw createValidationError({
      operation,
      path: "snapshot.id",
      rule: "required",
      expected: "the snapshot's id",
    });
  }
  const given = checkOptions(operation, options, WAIT_OPTIONS);
  const { clients: _c, credentials: _k, endpoint: _e, ...wait } = given;
  resolveWaiterOptions(operation, wait as WaiterOptions<unknown>, DEFAULT_WAITER_TUNING);
  const adapter = ADAPTERS[target.api] as unknown as SnapshotAdapter<Target, unknown>;
  const ref = { ...snapshot, target, id };
  if ("status" in snapshot && snapshot.status === "ready") return snapshot as Snapshot<Target>;
  if ("status" in snapshot && snapshot.status === "failed")
    throw failedAtCreate(snapshot as Snapshot<Target>);
  const client = adapter.client(target, contextOf(operation, given));
  return waitWith(adapter, client, ref, wait);
}

async function waitWith(
  adapter: SnapshotAdapter<Target, unknown>,
  client: unknown,
  ref: SnapshotRef<Target> | Snapshot<Target>,
  options: SnapshotWaitOptions,
): Promise<Snapshot<Target>> {
  const done = await adapter.wait(client, ref, options);
  const nameSource = "nameSource" in ref && ref.nameSource ? ref.nameSource : done.nameSource;
  return {
    ...done,
    nameSource,
    ...(done.name === "" && "name" in ref && ref.name ? { name: ref.name } : {}),
  };
}

/** A snapshot the provider already reports failed, as the `SnapshotFailedError` its wait would give. */
export function failedAtCreate(snapshot: Snapshot<Target>) {
  return snapshotFailure(
    {
      provider: snapshot.provider,
      operation: "createSnapshot",
      resourceId: snapshot.id,
      what: `${snapshot.api} snapshot`,
    },
    snapshot.providerStatus ?? "failed",
  );
}

function checkOptions<T extends object>(
  operation: string,
  options: T | undefined,
  known: readonly string[],
): T {
  if (options === undefined) return {} as T;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw createValidationError({ operation, path: "options", rule: "type", expected: "object" });
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      const near = suggestField(key, known);
      throw createValidationError({
        operation,
        path: `options.${key}`,
        rule: "unknownField",
        expected: `a known field${near ? `; did you mean ${near}?` : ""}`,
      });
    }
  }
  const own = Object.fromEntries(Object.entries(options)) as T & SnapshotClientOptions & { signal?: unknown };
  if (own.signal !== undefined && !isAbortSignal(own.signal)) {
    throw createValidationError({ operation, path: "options.signal", rule: "type", expected: "AbortSignal" });
  }
  checkPerProvider(operation, "clients", own.clients);
  checkPerProvider(operation, "credentials", own.credentials);
  if (own.endpoint !== undefined && typeof own.endpoint !== "string") {
    throw createValidationError({ operation, path: "options.endpoint", rule: "type", expected: "string" });
  }
  return own;
}

/** A per-provider option (`clients`, `credentials`): an object keyed by provider names only. */
export function checkPerProvider(operation: string, field: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw createValidationError({ operation, path: `options.${field}`, rule: "type", expected: "object" });
  }
  for (const key of Object.keys(value)) {
    if (!(PROVIDERS as readonly string[]).includes(key)) {
      throw createValidationError({
        operation,
        path: `options.${field}.${key}`,
        rule: "unknownField",
        expected: `a known field: ${PROVIDERS.join(", ")}`,
      });
    }
  }
}

function optionalString(operation: string, field: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    throw createValidationError({ operation, path: `options.${field}`, rule: "type", expected: "string" });
  }
  return value;
}

function resolveWait(
  operation: string,
  wait: CreateSnapshotOptions["wait"],
  signal: AbortSignal | undefined,
): SnapshotWaitOptions | undefined {
  if (wait === undefined || wait === false) return undefined;
  if (wait !== true && (typeof wait !== "object" || wait === null || Array.isArray(wait))) {
    throw createValidationError({
      operation,
      path: "options.wait",
      rule: "type",
      expected: "boolean or waiter options",
    });
  }
  const options: SnapshotWaitOptions = wait === true ? {} : { ...wait };
  const withSignal = signal && options.signal === undefined ? { ...options, signal } : options;
  resolveWaiterOptions(
    `${operation} (options.wait)`,
    withSignal as WaiterOptions<unknown>,
    DEFAULT_WAITER_TUNING,
  );
  return withSignal;
}

function contextOf(operation: string, options: SnapshotClientOptions): AdapterContext {
  if (options.clients && options.endpoint !== undefined) {
    throw createValidationError({
      operation,
      path: "options.endpoint",
      rule: "conflict",
      expected: "endpoint or clients, not both: a client you built keeps its own endpoint",
    });
  }
  return { clients: options.clients, credentials: options.credentials, endpoint: options.endpoint };
}
