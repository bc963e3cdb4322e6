// NAVER Cloud's three snapshot APIs behind the unified `createSnapshot`: how their targets are
// written, how they name snapshots, which call takes one, and what their statuses mean.

import { createValidationError } from "../../core/errors";
import {
  type AdapterContext,
  adapterClient,
  fitName,
  type Snapshot,
  type SnapshotAdapter,
  type TargetBase,
  toProviderWait,
  utcStamp,
  zonedDateToIso,
} from "../../core/snapshot";
import { createNcloudClient, type NcloudClient, type NcloudClientOptions } from "./client";
import { type NasVolumeSnapshot, newestNasSnapshotName } from "./nas";
import { type NcloudSite, noSnapshotListed } from "./rules";
import type { SnapshotHistoryEntry } from "./search-engine";
import type { BlockStorageSnapshotInstance } from "./vserver";

const SITE = {
  pattern: /^(public|gov|fin)$/,
  values: ["public", "gov", "fin"],
  description: "NAVER Cloud site: public (default), gov or fin",
} as const;

/** `ncloud-nas:<nasVolumeInstanceNo>[?site=public|gov|fin]`: a Classic NAS volume. */
export interface NcloudNasTarget extends TargetBase {
  readonly api: "ncloud-nas";
  /** The `nasVolumeInstanceNo`. */
  readonly volumeId: string;
  readonly site?: NcloudSite;
}

/** `ncloud-vpc:<originalBlockStorageInstanceNo>[?region=KR][&type=FULL|INCREMENTAL]`: a VPC block storage volume. */
export interface NcloudVpcTarget extends TargetBase {
  readonly api: "ncloud-vpc";
  /** The `originalBlockStorageInstanceNo`. */
  readonly volumeId: string;
  /** VPC region code; NAVER Cloud's default region (KR) when left out. */
  readonly region?: string;
  /** `FULL` (NAVER Cloud's default) or `INCREMENTAL`. */
  readonly type?: "FULL" | "INCREMENTAL";
  readonly site?: NcloudSite;
}

/** `ncloud-ses:<serviceGroupInstanceNo>?bucket=<bucketName>[&region=KR]`: a Search Engine cluster. */
export interface NcloudSesTarget extends TargetBase {
  readonly api: "ncloud-ses";
  /** The cluster's `serviceGroupInstanceNo`. */
  readonly volumeId: string;
  /** The Object Storage bucket the snapshot is written to. */
  readonly bucket: string;
  /** `KR` (default), `SGN`, `JPN` or (gov site) `KRS`. */
  readonly region?: "KR" | "SGN" | "JPN" | "KRS";
  readonly site?: NcloudSite;
}

function ncloudClient(target: { site?: NcloudSite }, context: AdapterContext): NcloudClient {
  const site = target.site ?? "public";
  return adapterClient(context, "ncloud", site, (common) =>
    createNcloudClient({
      site,
      ...(common as Pick<NcloudClientOptions, "fetch" | "endpoint" | "credentials">),
    }),
  );
}

function refuseNaming(api: string, field: "name" | "description", reason: string): never {
  throw createValidationError({
    operation: "createSnapshot",
    path: field,
    rule: "unsupported",
    expected: `${api}: ${reason}`,
  });
}

const NAS_STATUS_READY = "READY";

function nasSnapshot(target: NcloudNasTarget, raw: NasVolumeSnapshot): Snapshot<NcloudNasTarget> {
  const createdAt = zonedDateToIso(raw.createDate);
  return {
    api: "ncloud-nas",
    provider: "ncloud",
    id: raw.nasVolumeSnapshotName,
    volumeId: target.volumeId,
    name: raw.nasVolumeSnapshotName,
    nameSource: "provider",
    // Only an explicit `false` is settled, as in waitForNasVolumeSnapshot.
    status: raw.isBusy === false ? "ready" : "creating",
    providerStatus: raw.isBusy === false ? NAS_STATUS_READY : "BUSY",
    ...(typeof raw.snapshotSize === "number" ? { sizeBytes: raw.snapshotSize } : {}),
    ...(createdAt ? { createdAt } : {}),
    target,
    raw,
  };
}

/** Classic NAS: the service names each snapshot `now.YYYYMMDD.HHmmss`; the capacity guard runs first. */
export const ncloudNasAdapter: SnapshotAdapter<NcloudNasTarget, NcloudClient> = {
  grammar: {
    api: "ncloud-nas",
    provider: "ncloud",
    title: "NAVER Cloud Classic NAS createNasVolumeSnapshot",
    volumeLabel: "nasVolumeInstanceNo",
    volumeForm: "an instance number (digits)",
    volumePattern: /^\d{1,20}$/,
    settings: { site: SITE },
    example: "ncloud-nas:1234567",
  },
  client: ncloudClient,
  defaultName: () => undefined,
  checkNaming(_target, name, description) {
    if (name !== undefined)
      refuseNaming("ncloud-nas", "name", "Classic NAS names its snapshots itself (now.YYYYMMDD.HHmmss)");
    if (description !== undefined)
      refuseNaming("ncloud-nas", "description", "Classic NAS snapshots take no description");
  },
  async create(client, target, input) {
    const created = await client.classicNas.createNasVolumeSnapshot(
      { nasVolumeInstanceNo: target.volumeId, responseFormatType: "json" },
      { ...input.call, ...(input.acceptCapacityRisk ? { acceptCapacityRisk: true } : {}) },
    );
    // The answer lists every snapshot of the volume, the new one included.
    const list = created.nasVolumeSnapshotList ?? [];
    if (list.length === 0) throw noSnapshotListed("createNasVolumeSnapshot");
    const name = newestNasSnapshotName(list);
    return nasSnapshot(target, list.find((item) => item.nasVolumeSnapshotName === name) as NasVolumeSnapshot);
  },
  async prepare(client, target, call) {
    const list = await client.classicNas.getNasVolumeSnapshotList(
      { nasVolumeInstanceNo: target.volumeId, responseFormatType: "json" },
      call,
    );
    return { before: (list.nasVolumeSnapshotList ?? []).map((item) => item.nasVolumeSnapshotName) };
  },
  async find(client, target, recovery, call) {
    // Classic NAS names its own snapshots: a snapshot that was not there before the create is its.
    const list = await client.classicNas.getNasVolumeSnapshotList(
      { nasVolumeInstanceNo: target.volumeId, responseFormatType: "json" },
      call,
    );
    const before = new Set(recovery.before ?? []);
    const fresh = (list.nasVolumeSnapshotList ?? []).filter(
      (item) => !before.has(item.nasVolumeSnapshotName),
    );
    if (fresh.length === 0) return undefined;
    const name = newestNasSnapshotName(fresh);
    return nasSnapshot(
      target,
      fresh.find((item) => item.nasVolumeSnapshotName === name) as NasVolumeSnapshot,
    );
  },
  async wait(client, ref, options) {
    const { waitForNasVolumeSnapshot } = await import("./nas-waiter");
    const raw = await waitForNasVolumeSnapshot(
      client.classicNas,
      { nasVolumeInstanceNo: ref.target.volumeId, nasVolumeSnapshotName: ref.id },
      toProviderWait(options, ref),
    );
    return nasSnapshot(ref.target, raw);
  },
};

const VPC_READY = new Set(["CREAT"]);
const VPC_FAILED = new Set(["TERMT", "NAVAI"]);

function vpcSnapshot(
  target: NcloudVpcTarget,
  raw: BlockStorageSnapshotInstance,
  nameSource: Snapshot["nameSource"],
): Snapshot<NcloudVpcTarget> {
  const code = String(raw.blockStorageSnapshotInstanceStatus?.code ?? "");
  const createdAt = zonedDateToIso(raw.createDate);
  return {
    api: "ncloud-vpc",
    provider: "ncloud",
    id: raw.blockStorageSnapshotInstanceNo,
    volumeId: target.volumeId,
    name: raw.blockStorageSnapshotName ?? "",
    nameSource,
    status: VPC_READY.has(code) ? "ready" : VPC_FAILED.has(code) ? "failed" : "creating",
    ...(code ? { providerStatus: code } : {}),
    ...(typeof raw.blockStorageSnapshotVolumeSize === "number"
      ? { sizeBytes: raw.blockStorageSnapshotVolumeSize }
      : {}),
    ...(createdAt ? { createdAt } : {}),
    target,
    raw,
  };
}

/** VPC block storage: names of 3 to 30 letters, digits, `-` (and `_`), starting with a letter. */
export const ncloudVpcAdapter: SnapshotAdapter<NcloudVpcTarget, NcloudClient> = {
  grammar: {
    api: "ncloud-vpc",
    provider: "ncloud",
    title: "NAVER Cloud VPC createBlockStorageSnapshotInstance",
    volumeLabel: "originalBlockStorageInstanceNo",
    volumeForm: "an instance number (digits)",
    volumePattern: /^\d{1,20}$/,
    settings: {
      region: { pattern: /^[A-Z]{2,8}$/, description: "VPC region code: KR (default), SGN, JPN, …" },
      type: {
        pattern: /^(FULL|INCREMENTAL)$/,
        values: ["FULL", "INCREMENTAL"],
        description: "snapshot type: FULL (default) or INCREMENTAL",
      },
      site: SITE,
    },
    example: "ncloud-vpc:20803168?region=KR",
  },
  client: ncloudClient,
  defaultName: (target, at) => fitName("snap-", target.volumeId, utcStamp(at), 30),
  checkNaming() {},
  async create(client, target, input) {
    const created = await client.vserver.createBlockStorageSnapshotInstance(
      {
        originalBlockStorageInstanceNo: target.volumeId,
        ...(input.name !== undefined ? { blockStorageSnapshotName: input.name } : {}),
        ...(input.description !== undefined ? { blockStorageSnapshotDescription: input.description } : {}),
        ...(target.type ? { snapshotTypeCode: target.type } : {}),
        ...(target.region ? { regionCode: target.region } : {}),
        responseFormatType: "json",
      },
      input.call,
    );
    const raw = created.blockStorageSnapshotInstanceList?.[0];
    if (!raw) throw noSnapshotListed("createBlockStorageSnapshotInstance");
    return vpcSnapshot(target, raw, input.nameSource);
  },
  prepare: async () => ({}),
  async find(client, target, recovery, call) {
    if (recovery.name === undefined) return undefined;
    const list = await client.vserver.getBlockStorageSnapshotInstanceList(
      {
        originalBlockStorageInstanceNoList: [target.volumeId],
        blockStorageSnapshotName: recovery.name,
        ...(target.region ? { regionCode: target.region } : {}),
        responseFormatType: "json",
      },
      call,
    );
    const raw = (list.blockStorageSnapshotInstanceList ?? []).find(
      (item) =>
        item.blockStorageSnapshotName === recovery.name &&
        item.originalBlockStorageInstanceNo === target.volumeId,
    );
    return raw ? vpcSnapshot(target, raw, "default") : undefined;
  },
  async wait(client, ref, options) {
    const { waitForBlockStorageSnapshot } = await import("./vserver-waiter");
    const raw = await waitForBlockStorageSnapshot(
      client.vserver,
      {
        blockStorageSnapshotInstanceNo: ref.id,
        ...(ref.target.region ? { regionCode: ref.target.region } : {}),
      },
      toProviderWait(options, ref),
    );
    return vpcSnapshot(ref.target, raw, ref.nameSource ?? "caller");
  },
};

/** Search Engine region codes → the region segment of its paths. */
const SES_API_REGION = { KR: "v2", SGN: "sgn-v2", JPN: "jpn-v2", KRS: "krs-v2" } as const;

function sesSnapshot(
  target: NcloudSesTarget,
  name: string,
  nameSource: Snapshot["nameSource"],
  status: Snapshot["status"],
  providerStatus: string,
  raw: unknown,
): Snapshot<NcloudSesTarget> {
  const createdAt = zonedDateToIso((raw as Partial<SnapshotHistoryEntry> | undefined)?.actionDate);
  return {
    api: "ncloud-ses",
    provider: "ncloud",
    id: name,
    volumeId: target.volumeId,
    name,
    nameSource,
    status,
    providerStatus,
    ...(createdAt ? { createdAt } : {}),
    target,
    raw,
  };
}

/** Search Engine: names of 3 to 30 lowercase letters, digits and single hyphens; no description. */
export const ncloudSesAdapter: SnapshotAdapter<NcloudSesTarget, NcloudClient> = {
  grammar: {
    api: "ncloud-ses",
    provider: "ncloud",
    title: "NAVER Cloud Search Engine createSnapshot",
    volumeLabel: "serviceGroupInstanceNo",
    volumeForm: "an instance number (digits)",
    volumePattern: /^\d{1,20}$/,
    settings: {
      bucket: {
        pattern: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        required: true,
        description: "Object Storage bucket the snapshot is written to",
      },
      region: {
        pattern: /^(KR|SGN|JPN|KRS)$/,
        values: ["KR", "SGN", "JPN", "KRS"],
        description: "KR (default), SGN, JPN; KRS on the gov site",
      },
      site: SITE,
    },
    example: "ncloud-ses:1234567?bucket=es-snapshots",
  },
  client: ncloudClient,
  defaultName: (target, at) => fitName("snap-", target.volumeId, utcStamp(at), 30).toLowerCase(),
  checkNaming(_target, _name, description) {
    if (description !== undefined)
      refuseNaming("ncloud-ses", "description", "Search Engine snapshots take no description");
  },
  async create(client, target, input) {
    const name = input.name as string; // the unified layer always names Search Engine snapshots
    const raw = await client.searchEngine.createSnapshot(
      {
        serviceGroupInstanceNo: target.volumeId,
        snapshotName: name,
        bucketName: target.bucket,
        ...(target.region ? { apiRegion: SES_API_REGION[target.region] } : {}),
      },
      input.call,
    );
    return sesSnapshot(target, name, input.nameSource, "creating", "ACCEPTED", raw);
  },
  prepare: async () => ({}),
  async find(client, target, recovery, call) {
    if (recovery.name === undefined) return undefined;
    const { classifyHistoryEntry, readHistoryEntry } = await import("./search-engine-waiter");
    const entry = await readHistoryEntry(
      client.searchEngine,
      {
        serviceGroupInstanceNo: target.volumeId,
        snapshotName: recovery.name,
        ...(target.region ? { apiRegion: SES_API_REGION[target.region] } : {}),
      },
      call,
    );
    if (!entry) return undefined;
    const verdict = classifyHistoryEntry(entry);
    const status = verdict.kind === "done" ? "ready" : verdict.kind === "failed" ? "failed" : "creating";
    return sesSnapshot(target, recovery.name, "default", status, verdict.status, entry);
  },
  async wait(client, ref, options) {
    const { waitForSearchEngineSnapshot } = await import("./search-engine-waiter");
    const raw = await waitForSearchEngineSnapshot(
      client.searchEngine,
      {
        serviceGroupInstanceNo: ref.target.volumeId,
        snapshotName: ref.id,
        ...(ref.target.region ? { apiRegion: SES_API_REGION[ref.target.region] } : {}),
      },
      toProviderWait(options, ref),
    );
    return sesSnapshot(ref.target, ref.id, ref.nameSource ?? "caller", "ready", "DONE", raw);
  },
};
