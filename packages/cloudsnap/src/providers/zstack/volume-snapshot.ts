// ZStack volume snapshots by UUID: the waiter for snapshots created elsewhere or found again.

import type { volumeSnapshots } from "@cloudsnap/zstack";
import { isNotFoundError } from "../../core/guards";
import {
  DEFAULT_WAITER_TUNING,
  type Observation,
  type PollCallOptions,
  pollUntil,
  requireId,
  resolveWaiterOptions,
  snapshotFailure,
  type WaiterDeps,
  type WaiterOptions,
} from "../../core/waiting";
import type { ZStackVolumeSnapshots } from "./client";

/** A ZStack volume snapshot inventory. */
export type VolumeSnapshotInventory = volumeSnapshots.components["schemas"]["VolumeSnapshotInventory"];

/** The methods {@link waitForVolumeSnapshot} calls: a `volumeSnapshots` client group fits. */
export type VolumeSnapshotReader = Pick<ZStackVolumeSnapshots, "getVolumeSnapshot" | "queryVolumeSnapshot">;

/** Which snapshot to wait for. */
export interface VolumeSnapshotTarget {
  /** The snapshot's UUID (the `resourceUuid` given to the create, or one found by a query). */
  readonly uuid: string;
}

const WAITER = "waitForVolumeSnapshot";

/** The implementation of `waitForVolumeSnapshot` (see waiters.ts), loaded when a wait starts. */
export async function waitForVolumeSnapshot(
  client: VolumeSnapshotReader,
  target: VolumeSnapshotTarget,
  options?: WaiterOptions<VolumeSnapshotInventory>,
  deps?: WaiterDeps,
): Promise<VolumeSnapshotInventory> {
  const uuid = requireId(WAITER, "uuid", target?.uuid);
  const resolved = resolveWaiterOptions(WAITER, options, DEFAULT_WAITER_TUNING);
  let operation: "getVolumeSnapshot" | "queryVolumeSnapshot" = "getVolumeSnapshot";
  const read = async (call: PollCallOptions): Promise<readonly VolumeSnapshotInventory[]> => {
    if (operation === "queryVolumeSnapshot") {
      return (await client.queryVolumeSnapshot({ q: [`uuid=${uuid}`] }, call)).inventories ?? [];
    }
    try {
      return (await client.getVolumeSnapshot({ uuid }, call)).inventories;
    } catch (error) {
      if (!isNotFoundError(error)) throw error;
      operation = "queryVolumeSnapshot"; // an older server without the by-UUID path
      return read(call);
    }
  };
  return pollUntil(
    {
      waiter: WAITER,
      provider: "zstack",
      resourceId: uuid,
      what: "ZStack volume snapshot",
      operation,
    },
    async (call): Promise<Observation<VolumeSnapshotInventory, VolumeSnapshotInventory>> => {
      const inventories = await read(call);
      const source = {
        provider: "zstack",
        operation,
        resourceId: uuid,
        what: "ZStack volume snapshot",
      } as const;
      const snapshot = inventories.find((item) => item.uuid === uuid);
      if (!snapshot) {
        const reason = "no snapshot has this UUID: it was deleted, never created, or the UUID is wrong";
        return {
          kind: "failed",
          operation,
          status: "NOT_FOUND",
          error: snapshotFailure(source, "NOT_FOUND", { reason }),
        };
      }
      const status = String(snapshot.status);
      const seen = { operation, status, resource: snapshot };
      if (status === "Ready") return { kind: "done", ...seen, result: snapshot };
      if (status === "Deleting" || status === "Deleted") {
        return { kind: "failed", ...seen, error: snapshotFailure(source, status, {}) };
      }
      return { kind: "pending", ...seen };
    },
    resolved,
    deps,
  );
}
