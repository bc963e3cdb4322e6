// One snapshot, whatever the cloud: the normalized `Snapshot`, the grammar of a target string, the
// default name policy, and the small interface each provider home implements (its adapter) so that
// `createSnapshot`, `waitForSnapshot` and `snapshotMany` never switch on a provider's name.

import type { CallOptions } from "./call-options";
import { ValidationError } from "./errors";
import type { Provider } from "./http-errors";
import type { WaiterOptions, WaiterState, WaiterTuning } from "./waiting";

/** The five snapshot APIs, by the prefix of their target strings. */
export type SnapshotApi = "ncloud-nas" | "ncloud-vpc" | "ncloud-ses" | "huaweicloud-evs" | "zstack";

/** Where a snapshot stands: being taken, usable, or failed for good. */
export type SnapshotStatus = "creating" | "ready" | "failed";

/** Who chose a snapshot's name. Classic NAS names its snapshots itself (`now.YYYYMMDD.HHmmss`). */
export type SnapshotNameSource = "caller" | "default" | "provider";

/** Fields every target has. */
export interface TargetBase {
  readonly api: SnapshotApi;
  /** The volume (for Search Engine: the service group) to snapshot. */
  readonly volumeId: string;
}

/** A snapshot as every API reports it, normalized; `raw` is the provider's own typed value. */
export interface Snapshot<Target extends TargetBase = TargetBase, Raw = unknown> {
  readonly api: Target["api"];
  readonly provider: Provider;
  /**
   * The provider's id of the snapshot: the instance number (VPC), snapshot id (EVS) or UUID (ZStack);
   * the snapshot's name where the API has no other id (Classic NAS, Search Engine).
   */
  readonly id: string;
  readonly volumeId: string;
  /** The snapshot's name; for Search Engine also its id. */
  readonly name: string;
  /** Who chose `name`: you, cloudsnap's default policy, or the provider (Classic NAS). */
  readonly nameSource: SnapshotNameSource;
  readonly status: SnapshotStatus;
  /** The provider's own status word (e.g. `INIT`, `available`, `Ready`), when it gave one. */
  readonly providerStatus?: string;
  /** Size in bytes, when the provider reports one (EVS reports GiB; converted). */
  readonly sizeBytes?: number;
  /** When the snapshot was taken, ISO 8601 in UTC; only when the provider's time names its zone. */
  readonly createdAt?: string;
  /** Huawei EVS: the create's job, which a wait follows first. */
  readonly jobId?: string;
  /** The target the snapshot was taken of (its settings, such as the region, included). */
  readonly target: Target;
  /** The provider's own value: the create's answer, or the waiter's final read. */
  readonly raw: Raw;
}

/** A snapshot to wait for: what `createSnapshot` returned, or one named by target and id. */
export interface SnapshotRef<Target extends TargetBase = TargetBase> {
  readonly target: Target;
  readonly id: string;
  /** Huawei EVS: the create's job id, when known (the waiter then follows the job first). */
  readonly jobId?: string;
  /** Kept on the waited snapshot when given (a `Snapshot` carries it). */
  readonly nameSource?: SnapshotNameSource;
}

/** What a unified wait reports to `onProgress`: the provider's observation, plus which snapshot. */
export interface SnapshotProgress extends WaiterState<unknown> {
  readonly api: SnapshotApi;
  /** The snapshot waited on (`Snapshot.id`). */
  readonly id: string;
}

/** How a unified wait runs: the waiter tuning of every provider, with one progress callback. */
export interface SnapshotWaitOptions extends WaiterTuning {
  readonly signal?: AbortSignal;
  /** Per-poll attempt timeout in milliseconds. */
  readonly timeoutMs?: number;
  /** Called with every observation; a throw (or a rejected promise) stops the wait with it. */
  readonly onProgress?: (state: SnapshotProgress) => unknown;
}

/** What an adapter's create takes, already checked. */
export interface AdapterCreateInput {
  /** The name to give, or `undefined` where the provider names the snapshot (Classic NAS). */
  readonly name: string | undefined;
  readonly nameSource: SnapshotNameSource;
  readonly description: string | undefined;
  readonly call: CallOptions;
  /**
   * ZStack: the UUID to give the new snapshot (`params.resourceUuid`) and the job id to send as
   * `X-Job-UUID`, so that a create whose outcome was lost can be found again.
   */
  readonly resourceUuid?: string;
  readonly jobUuid?: string;
  /** Classic NAS: skip the snapshot reserve check (see `NasCreateOptions.acceptCapacityRisk`). */
  readonly acceptCapacityRisk?: boolean;
}

/** One query setting of a target kind. */
export interface TargetSetting {
  /** Accepted values, as a pattern; `values` lists them when they are few. */
  readonly pattern: RegExp;
  readonly values?: readonly string[];
  readonly required?: boolean;
  /** What it means, for `cloudsnap targets` and error messages. */
  readonly description: string;
}

/** How a target kind is written: `<api>:<volume>?<settings>`. */
export interface TargetGrammar {
  readonly api: SnapshotApi;
  readonly provider: Provider;
  /** The API's own name, e.g. `Classic NAS createNasVolumeSnapshot`. */
  readonly title: string;
  /** The provider's name for the volume part, e.g. `originalBlockStorageInstanceNo`. */
  readonly volumeLabel: string;
  /** What the volume part looks like, for error messages (e.g. `digits`). */
  readonly volumeForm: string;
  readonly volumePattern: RegExp;
  /** Query settings, by name; the target object carries them under the same names. */
  readonly settings: Readonly<Record<string, TargetSetting>>;
  /** A complete example target string. */
  readonly example: string;
}

/**
 * The interface between the unified layer and one snapshot API. Each provider home implements one
 * per API; nothing outside the home knows that API's parameters, names or statuses.
 */
export interface SnapshotAdapter<Target extends TargetBase = TargetBase, Client = unknown> {
  readonly grammar: TargetGrammar;
  /** The client to use for this target: the caller's, or one built from default credentials. */
  client(target: Target, context: AdapterContext): Client;
  /** The snapshot name cloudsnap gives when the caller gives none; `undefined`: the provider names it. */
  defaultName(target: Target, at: Date): string | undefined;
  /** Checks a caller's name and description against the API's rules (before anything is sent). */
  checkNaming(target: Target, name: string | undefined, description: string | undefined): void;
  create(client: Client, target: Target, input: AdapterCreateInput): Promise<Snapshot<Target>>;
  /** Waits until the snapshot is usable; resolves with its final state. */
  wait(client: Client, ref: SnapshotRef<Target>, options: SnapshotWaitOptions): Promise<Snapshot<Target>>;
  /**
   * Before a journaled create: what to record so that the create can be found again after a crash
   * (ZStack: the snapshot UUID and job id to send; Classic NAS: the snapshot names before it).
   */
  prepare(client: Client, target: Target, call: CallOptions): Promise<Recovery>;
  /**
   * After a crash: the snapshot that a create recorded as sent (but with no outcome) made, or
   * `undefined` when the provider shows none, so that it is created only then.
   */
  find(
    client: Client,
    target: Target,
    recovery: Recovery & { readonly name?: string },
    call: CallOptions,
  ): Promise<Snapshot<Target> | undefined>;
}

/** What a journal keeps, beyond the name, to find a create again. */
export interface Recovery {
  readonly resourceUuid?: string;
  readonly jobUuid?: string;
  readonly before?: readonly string[];
}

/** Clients the caller built, to be reused instead of clients made from default credentials. */
export interface AdapterContext {
  readonly clients: Readonly<Partial<Record<Provider, unknown>>> | undefined;
  /** Credentials for clients cloudsnap builds, per provider (the default chain when left out). */
  readonly credentials: Readonly<Partial<Record<Provider, unknown>>> | undefined;
  /** One origin that replaces every default host of the target's provider. */
  readonly endpoint: string | undefined;
  /** Bulk runs: the fetch of every client built (their rate limit) and a cache of their own. */
  readonly fetch?: (account: string) => (request: Request) => Promise<Response>;
  readonly cache?: Map<string, unknown>;
}

/** A malformed target: names the kind's expected form and an example, never echoes the input. */
export function targetError(
  grammar: TargetGrammar | undefined,
  problem: string,
  path = "target",
): ValidationError {
  const form = grammar ? ` Expected ${describeTargetForm(grammar)}, e.g. ${grammar.example}` : "";
  return new ValidationError(`parseTarget: ${problem}.${form}`, {
    operation: "parseTarget",
    path,
    rule: "target",
    ...(grammar ? { expected: describeTargetForm(grammar) } : {}),
  });
}

/** `ncloud-vpc:<originalBlockStorageInstanceNo>[?region=…][&type=FULL|INCREMENTAL]` */
export function describeTargetForm(grammar: TargetGrammar): string {
  const shown = ([name, s]: [string, TargetSetting]) =>
    `${name}=${s.values ? s.values.join("|") : `<${name}>`}`;
  const settings = Object.entries(grammar.settings);
  const required = settings.filter(([, s]) => s.required).map(shown);
  const optional = settings.filter(([, s]) => !s.required).map(shown);
  let form = `${grammar.api}:<${grammar.volumeLabel}>`;
  if (required.length > 0) form += `?${required.join("&")}`;
  optional.forEach((part, i) => {
    form += `[${i === 0 && required.length === 0 ? "?" : "&"}${part}]`;
  });
  return form;
}

const clientCache = new Map<string, unknown>();
const credentialIds = new WeakMap<object, number>();
let lastCredentialsId = 0;

/** A cache key part for a credentials value or provider: its identity, never its content. */
export function credentialsKey(credentials: unknown): string {
  if (credentials === undefined) return "default";
  if (typeof credentials !== "object" && typeof credentials !== "function") return "invalid";
  if (credentials === null) return "invalid";
  let id = credentialIds.get(credentials);
  if (id === undefined) {
    id = ++lastCredentialsId;
    credentialIds.set(credentials, id);
  }
  return `c${id}`;
}

/**
 * The client for a target: the caller's (`context.clients`), else one built with `make` and kept per
 * key (provider, `scope` such as the site or region, endpoint, credentials) so that many calls share
 * one client: its credentials, session or token, and learned clock offset. The key also names the
 * account a bulk run rate-limits (`context.fetch(key)`).
 */
export function adapterClient<Client>(
  context: AdapterContext,
  provider: Provider,
  scope: string,
  make: (common: {
    fetch?: (request: Request) => Promise<Response>;
    endpoint?: string;
    credentials?: unknown;
  }) => Client,
): Client {
  const given = context.clients?.[provider] as Client | undefined;
  if (given) return given;
  const credentials = context.credentials?.[provider];
  const key = `${provider}|${scope}|${context.endpoint ?? ""}|${credentialsKey(credentials)}`;
  const cache = context.cache ?? clientCache;
  let client = cache.get(key) as Client | undefined;
  if (client === undefined) {
    const fetch = context.fetch?.(key);
    client = make({
      ...(fetch ? { fetch } : {}),
      ...(context.endpoint !== undefined ? { endpoint: context.endpoint } : {}),
      ...(credentials !== undefined ? { credentials } : {}),
    });
    cache.set(key, client);
  }
  return client;
}

/**
 * A clock as callers may give it (a `Date`, or a function returning one): the moment, `undefined`
 * when none was given, or `null` when what was given is no valid date.
 */
export function readOptionalClock(now: unknown): Date | undefined | null {
  if (now === undefined) return undefined;
  const at = typeof now === "function" ? (now as () => unknown)() : now;
  return at instanceof Date && Number.isFinite(at.getTime()) ? at : null;
}

/** `20261205-181513`: the UTC moment a default name records. */
export function utcStamp(at: Date): string {
  const iso = at.toISOString(); // 2026-12-05T18:15:13.000Z
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}

/**
 * `<prefix><volume>-<stamp>` at most `max` characters: when too long, the volume keeps its last
 * characters (the most distinctive ones of an instance number or UUID).
 */
export function fitName(prefix: string, volume: string, stamp: string, max: number): string {
  const room = max - prefix.length - 1 - stamp.length;
  const kept = room >= volume.length ? volume : volume.slice(volume.length - Math.max(room, 0));
  return `${prefix}${kept}-${stamp}`.replace(/^-|--+/g, (m) => (m === "-" ? "" : "-"));
}

/** A date string with a zone (`…Z`, `…+09:00`, `…+0900`) → ISO 8601 UTC; anything else → undefined. */
export function zonedDateToIso(text: unknown): string | undefined {
  if (typeof text !== "string") return undefined;
  const normalized = text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(normalized)) return undefined;
  const ms = Date.parse(normalized);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** A unified wait's options as a provider waiter takes them: progress names the snapshot. */
export function toProviderWait<Resource>(
  options: SnapshotWaitOptions,
  ref: SnapshotRef,
): WaiterOptions<Resource> {
  const { onProgress, ...rest } = options;
  if (typeof onProgress !== "function") return rest as WaiterOptions<Resource>;
  return {
    ...rest,
    onProgress: (state: WaiterState<Resource>) => onProgress({ ...state, api: ref.target.api, id: ref.id }),
  };
}
