// ZStack behind the unified `createSnapshot`: its target, its names, the create (which follows its
// job to the end), and what its snapshot statuses mean.

import {
  type AdapterContext,
  type AdapterCreateInput,
  adapterClient,
  fitName,
  type Snapshot,
  type SnapshotAdapter,
  type TargetBase,
  toProviderWait,
  utcStamp,
} from "../../core/snapshot";
import { createZStackClient, type ZStackClient, type ZStackClientOptions } from "./client";
import { generateJobUuid, isDuplicateJob, waitForJob } from "./jobs";
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
    const params = {
      volumeUuid: target.volumeId,
      "X-Job-UUID": input.jobUuid ?? generateJobUuid(),
      params: {
        name: input.name ?? "",
        ...(input.description !== undefined ? { description: input.description } : {}),
        resourceUuid: input.resourceUuid ?? generateJobUuid(),
      },
    };
    let created: { inventory?: unknown };
    try {
      created = await client.volumeSnapshots.createVolumeSnapshot(params, input.call);
    } catch (error) {
      // A resumed bulk run sends the job id and snapshot UUID its journal recorded before a crash.
      // ZStack refusing that job id as a duplicate means the first copy arrived: follow its job,
      // and take its result only if it is the snapshot this create named.
      const first = await followRecordedJob(client, target, input, error);
      if (first === undefined) throw error;
      created = first;
    }
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

/**
 * The job a resumed create's first copy started, followed to its end, when ZStack refused the
 * recorded `X-Job-UUID` as a duplicate; `undefined` when the refusal is not that (no recorded pair,
 * another error, or a job whose snapshot is not the `resourceUuid` this create chose).
 */
async function followRecordedJob(
  client: ZStackClient,
  target: ZStackTarget,
  input: AdapterCreateInput,
  error: unknown,
): Promise<{ inventory?: unknown } | undefined> {
  const { jobUuid, resourceUuid } = input;
  if (jobUuid === undefined || resourceUuid === undefined) return undefined;
  if (!isDuplicateJob(error, "createVolumeSnapshot", jobUuid)) return undefined;
  const result = (await waitForJob(
    jobUuid,
    async (id, call) => {
      const value = await client.volumeSnapshots.getApiJob({ jobUuid: id }, call);
      // The facade decodes both answers: 202 `{}` while the job runs, 200 `{ inventory }` after.
      return { status: "inventory" in value ? 200 : 202, headers: new Headers(), value };
    },
    input.call,
  )) as { inventory?: Partial<VolumeSnapshotInventory> };
  const inventory = result.inventory;
  return inventory?.uuid === resourceUuid && inventory.volumeUuid === target.volumeId ? result : undefined;
}
