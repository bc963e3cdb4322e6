// Waiting for a Classic NAS snapshot to settle. Loaded when a wait starts
// (createNasVolumeSnapshotAndWait, waitForNasVolumeSnapshot in waiters.ts).

import type { CallOptions } from "../../core/call-options";
import {
  type AndWaitOptions,
  DEFAULT_WAITER_TUNING,
  type Observation,
  pollUntil,
  requireId,
  resolveWaiterOptions,
  snapshotFailure,
  splitAndWaitOptions,
  type WaiterDeps,
  type WaiterOptions,
} from "../../core/waiting";
import type { ClassicNasMethods, NasVolumeSnapshot } from "./types";

/** Splits a create-and-wait's options and checks the waiter's, before anything is sent. */
export function splitNasWaitOptions<Create extends CallOptions>(
  operation: string,
  options: (AndWaitOptions<NasVolumeSnapshot> & Create) | undefined,
) {
  return splitAndWaitOptions<NasVolumeSnapshot, Create>(operation, WAITER, options, DEFAULT_WAITER_TUNING);
}

/** The one method {@link waitForNasVolumeSnapshot} calls: a `classicNas` client group fits. */
export type NasSnapshotLister = Pick<ClassicNasMethods, "getNasVolumeSnapshotList">;

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

/** The implementation of `waitForNasVolumeSnapshot` (see waiters.ts), loaded when a wait starts. */
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
