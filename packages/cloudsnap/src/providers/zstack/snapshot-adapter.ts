// ZStack behind the unified `createSnapshot`: its target, its names, the create (which follows its
// job to the end), and what its snapshot statuses mean.

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
import { createZStackClient, type ZStackClient, type ZStackClientOptions } from "./client";
import { generateJobUuid } from "./jobs";
import type { VolumeSnapshotInventory } from "./volume-snapshot";

/** `zstack:<volumeUuid>`: a ZStack volume (the management node comes from the client or endpoint). */
export interface ZStackTarget extends TargetBase {
  readonly api: "zstack";
  /** The volume's UUID (32 lower-case hex digits). */
  readonly volumeId: string;
}

function zstackSnapshot(
  target: ZStackTarget,
  raw: VolumeSnapshotInventory,
  nameSource: Snapshot["nameSource"],
): Snapshot<ZStackTarget> {
  const status = String(raw.status ?? "");
  return {
    api: "zstack",
    provider: "zstack",
    id: raw.uuid,
    volumeId: target.volumeId,
    name: raw.name ?? "",
    nameSource,
    status:
      status === "Ready" ? "ready" : status === "Deleting" || status === "Deleted" ? "failed" : "creating",
    ...(status ? { providerStatus: status } : {}),
    // `createDate` is the node's local time without a zone: left in `raw`, not guessed.
    ...(typeof raw.size === "number" ? { sizeBytes: raw.size } : {}),
    target,
    raw,
  };
}

function zstackClient(_target: ZStackTarget, context: AdapterContext): ZStackClient {
  return adapterClient(context, "zstack", "", (common) =>
    createZStackClient(common as Pick<ZStackClientOptions, "fetch" | "endpoint" | "credentials">),
  );
}

/** ZStack: the create gives the snapshot a UUID of cloudsnap's choosing, so it can be found again. */
export const zstackAdapter: SnapshotAdapter<ZStackTarget, ZStackClient> = {
  grammar: {
    api: "zstack",
    provider: "zstack",
    title: "ZStack POST /zstack/v1/volumes/{volumeUuid}/volume-snapshots",
    volumeLabel: "volumeUuid",
    volumeForm: "a UUID of 32 lower-case hex digits, no dashes",
    volumePattern: /^[0-9a-f]{32}$/,
    settings: {},
    example: "zstack:e60a0fb0b75743c1b0fcb017e31db043",
  },
  client: zstackClient,
  defaultName: (target, at) => fitName("", target.volumeId, utcStamp(at), 255),
  checkNaming() {},
  async create(client, target, input) {
    const created = await client.volumeSnapshots.createVolumeSnapshot(
      {
        volumeUuid: target.volumeId,
        "X-Job-UUID": input.jobUuid ?? generateJobUuid(),
        params: {
          name: input.name ?? "",
          ...(input.description !== undefined ? { description: input.description } : {}),
          resourceUuid: input.resourceUuid ?? generateJobUuid(),
        },
      },
      input.call,
    );
    return zstackSnapshot(target, created.inventory as VolumeSnapshotInventory, input.nameSource);
  },
  // The create sends a snapshot UUID and a job id of cloudsnap's choosing, recorded first: after a
  // crash the snapshot is looked up by that UUID, and a create sent again with the same job id is
  // refused by ZStack as a duplicate job, which the client then follows instead.
  prepare: async () => ({ resourceUuid: generateJobUuid(), jobUuid: generateJobUuid() }),
  async find(client, target, recovery, call) {
    if (recovery.resourceUuid === undefined) return undefined;
    const found = await client.volumeSnapshots.queryVolumeSnapshot(
      { q: [`uuid=${recovery.resourceUuid}`] },
      call,
    );
    const raw = (found.inventories ?? []).find((item) => item.uuid === recovery.resourceUuid);
    return raw ? zstackSnapshot(target, raw, "default") : undefined;
  },
  async wait(client, ref, options) {
    const { waitForVolumeSnapshot } = await import("./volume-snapshot");
    const raw = await waitForVolumeSnapshot(
      client.volumeSnapshots,
      { uuid: ref.id },
      toProviderWait(options, ref),
    );
    return zstackSnapshot(ref.target, raw, ref.nameSource ?? "caller");
  },
};
