import { secretsOf } from "../clients/group-secrets";
import type { NcloudClient } from "../clients/ncloud/create-ncloud-client";
import { DEFAULT_WAITER_TUNING } from "./constants";
import type { NasVolumeSnapshot } from "./newest-nas-snapshot-name";
import { pollUntil } from "./poll-until";
import { requireId, resolveWaiterOptions } from "./resolve-waiter-options";
import { snapshotFailure } from "./snapshot-failure";
import type { Observation, WaiterDeps, WaiterOptions } from "./types";

/** The one method {@link waitForNasVolumeSnapshot} calls: a `classicNas` client group fits. */
export type NasSnapshotLister = Pick<NcloudClient["classicNas"], "getNasVolumeSnapshotList">;

/** Which snapshot to wait for. */
export interface NasVolumeSnapshotTarget {
  readonly nasVolumeInstanceNo: string;
  /**
   * The snapshot's name. Take it from `createNasVolumeSnapshot`'s answer with
   * `newestNasSnapshotName(answer)`; the service chooses it (`now.YYYYMMDD.HHmmss`).
   */
  readonly nasVolumeSnapshotName: string;
}

const WAITER = "waitForNasVolumeSnapshot";
const OPERATION = "getNasVolumeSnapshotList";

/**
 * Waits until a NAVER Cloud Classic NAS snapshot is settled, polling `getNasVolumeSnapshotList`
 * until the named snapshot is listed with `isBusy: false`; resolves with it. Statuses reported to
 * `onProgress`: `BUSY`, `READY`, `NOT_FOUND`.
 *
 * The create call is synchronous and already lists the new snapshot, so a name missing from the
 * list means the snapshot is gone (or the name is wrong): that fails at once with
 * `SnapshotFailedError` rather than waiting for the deadline. NAS removes old snapshots when the
 * snapshot reserve overflows, so check it first (`checkNasSnapshotCapacity`).
 *
 * Defaults: first wait 2 s, ×2 up to 20 s, deadline 30 min (then `WaiterTimeoutError`).
 */
export async function waitForNasVolumeSnapshot(
  client: NasSnapshotLister,
  target: NasVolumeSnapshotTarget,
  options?: WaiterOptions<NasVolumeSnapshot>,
  deps?: WaiterDeps,
): Promise<NasVolumeSnapshot> {
  const volume = requireId(WAITER, "nasVolumeInstanceNo", target?.nasVolumeInstanceNo);
  const name = requireId(WAITER, "nasVolumeSnapshotName", target?.nasVolumeSnapshotName);
  const resolved = resolveWaiterOptions(WAITER, options, DEFAULT_WAITER_TUNING);
  const source = {
    provider: "ncloud",
    operation: OPERATION,
    resourceId: name,
    what: "NAS snapshot",
    secrets: () => secretsOf(client),
  } as const;
  return pollUntil(
    { ...source, waiter: WAITER },
    async (call): Promise<Observation<NasVolumeSnapshot, NasVolumeSnapshot>> => {
      const answer = await client.getNasVolumeSnapshotList(
        { nasVolumeInstanceNo: volume, responseFormatType: "json" },
        call,
      );
      const list = answer.nasVolumeSnapshotList ?? [];
      const snapshot = list.find((item) => item.nasVolumeSnapshotName === name);
      if (!snapshot) {
        const reason =
          `not among the ${list.length} snapshots of NAS volume ${volume}: it was deleted ` +
          "(NAS removes old snapshots when the reserve overflows) or the name is wrong";
        return {
          kind: "failed",
          operation: OPERATION,
          status: "NOT_FOUND",
          error: snapshotFailure(source, "NOT_FOUND", { reason }),
        };
      }
      // Only an explicit `false` is settled: a missing or odd flag keeps the waiter waiting.
      if (snapshot.isBusy !== false)
        return { kind: "pending", operation: OPERATION, status: "BUSY", resource: snapshot };
      return { kind: "done", operation: OPERATION, status: "READY", resource: snapshot, result: snapshot };
    },
    resolved,
    deps,
  );
}
