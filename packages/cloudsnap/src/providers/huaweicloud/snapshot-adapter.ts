// Huawei Cloud EVS behind the unified `createSnapshot`: its target, its names (at most 64
// characters), the create, and what its snapshot statuses mean.

import {
  type AdapterContext,
  adapterClient,
  fitName,
  type Snapshot,
  type SnapshotAdapter,
  type TargetBase,
  toProviderWait,
  utcStamp,
} from "../../core/snapshot";
import { createHuaweiCloudClient, type HuaweiCloudClient, type HuaweiCloudClientOptions } from "./client";
import type { EvsSnapshot } from "./evs-waiter";

/** `huaweicloud-evs:<volume_id>[?region=cn-north-4][&project=<project_id>]`: an EVS disk. */
export interface HuaweiCloudEvsTarget extends TargetBase {
  readonly api: "huaweicloud-evs";
  /** The disk's `volume_id`. */
  readonly volumeId: string;
  /** Region (default `cn-north-4`, or the client's): picks the EVS host. */
  readonly region?: string;
  /** Project id; the client's (or the credentials') when left out. */
  readonly project?: string;
}

const USABLE = new Set(["available", "rollbacking", "backing-up"]);
const FAILED = new Set(["error", "deleting", "error_deleting"]);
const GIB = 1024 ** 3;

/** EVS times (`2025-03-01T08:15:30.000000`) are UTC without a zone (EVS API reference). */
function evsTimeToIso(text: unknown): string | undefined {
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(text))
    return undefined;
  const ms = Date.parse(`${text.slice(0, 23)}Z`);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function evsSnapshot(
  target: HuaweiCloudEvsTarget,
  raw: EvsSnapshot,
  nameSource: Snapshot["nameSource"],
  jobId: string | undefined,
): Snapshot<HuaweiCloudEvsTarget> {
  const status = String(raw.status ?? "");
  const createdAt = evsTimeToIso(raw.created_at);
  return {
    api: "huaweicloud-evs",
    provider: "huaweicloud",
    id: raw.id,
    volumeId: target.volumeId,
    name: raw.name ?? "",
    nameSource,
    status: USABLE.has(status) ? "ready" : FAILED.has(status) ? "failed" : "creating",
    ...(status ? { providerStatus: status } : {}),
    ...(typeof raw.size === "number" ? { sizeBytes: raw.size * GIB } : {}),
    ...(createdAt ? { createdAt } : {}),
    ...(jobId ? { jobId } : {}),
    target,
    raw,
  };
}

function evsClient(target: HuaweiCloudEvsTarget, context: AdapterContext): HuaweiCloudClient {
  return adapterClient(context, "huaweicloud", target.region ?? "", (common) =>
    createHuaweiCloudClient({
      ...(target.region ? { region: target.region } : {}),
      ...(common as Pick<HuaweiCloudClientOptions, "fetch" | "endpoint" | "credentials">),
    }),
  );
}

/** Huawei Cloud EVS v5: `createSnapshot`, then the job and the snapshot until `available`. */
export const huaweiCloudEvsAdapter: SnapshotAdapter<HuaweiCloudEvsTarget, HuaweiCloudClient> = {
  grammar: {
    api: "huaweicloud-evs",
    provider: "huaweicloud",
    title: "Huawei Cloud EVS POST /v5/{project_id}/snapshots",
    volumeLabel: "volume_id",
    volumeForm: "a disk id (letters, digits and hyphens)",
    volumePattern: /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/,
    settings: {
      region: {
        pattern: /^[a-z]{2,}(-[a-z0-9]+)+$/,
        description: "region, e.g. cn-north-4 (default), ap-southeast-1",
      },
      project: { pattern: /^[A-Za-z0-9_-]{1,64}$/, description: "project id (the client's when left out)" },
    },
    example: "huaweicloud-evs:6d2c1f4e-8b7a-4c3d-9e0f-1a2b3c4d5e6f?region=cn-north-4",
  },
  client: evsClient,
  defaultName: (target, at) => fitName("", target.volumeId, utcStamp(at), 64),
  checkNaming() {},
  async create(client, target, input) {
    const created = await client.evs.createSnapshot(
      {
        ...(target.project ? { project_id: target.project } : {}),
        snapshot: {
          volume_id: target.volumeId,
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
        },
      },
      input.call,
    );
    return {
      api: "huaweicloud-evs",
      provider: "huaweicloud",
      id: created.snapshot_id,
      volumeId: target.volumeId,
      name: input.name ?? "",
      nameSource: input.nameSource,
      status: "creating",
      ...(created.job_id ? { jobId: created.job_id } : {}),
      target,
      raw: created,
    };
  },
  prepare: async () => ({}),
  async find(client, target, recovery, call) {
    if (recovery.name === undefined) return undefined;
    const list = await client.evs.listSnapshots(
      {
        ...(target.project ? { project_id: target.project } : {}),
        volume_id: target.volumeId,
        name: recovery.name,
      },
      call,
    );
    const raw = (list.snapshots ?? []).find(
      (item) => item.name === recovery.name && item.volume_id === target.volumeId,
    );
    return raw ? evsSnapshot(target, raw as EvsSnapshot, "default", undefined) : undefined;
  },
  async wait(client, ref, options) {
    const { waitForEvsSnapshot } = await import("./evs-waiter");
    const raw = await waitForEvsSnapshot(
      client.evs,
      {
        snapshot_id: ref.id,
        ...(ref.jobId ? { job_id: ref.jobId } : {}),
        ...(ref.target.project ? { project_id: ref.target.project } : {}),
      },
      toProviderWait(options, ref),
    );
    return evsSnapshot(ref.target, raw, ref.nameSource ?? "caller", ref.jobId);
  },
};
