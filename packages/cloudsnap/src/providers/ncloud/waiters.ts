// The public NAVER Cloud waiters, whose code (and the core's polling) loads with the first wait: a
// client that never waits, and an import of cloudsnap/ncloud, do without them.

import type { WaiterDeps, WaiterOptions } from "../../core/waiting";
import type { NasVolumeSnapshot } from "./nas";
import type { NasSnapshotLister, NasVolumeSnapshotTarget } from "./nas-waiter";
import type { SnapshotHistoryEntry } from "./search-engine";
import type { SearchEngineSnapshotTarget, SnapshotHistoryReader } from "./search-engine-waiter";
import type { BlockStorageSnapshotInstance } from "./vserver";
import type { BlockStorageSnapshotReader, BlockStorageSnapshotTarget } from "./vserver-waiter";

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
  return (await import("./nas-waiter")).waitForNasVolumeSnapshot(client, target, options, deps);
}

/**
 * Waits until a NAVER Cloud Search Engine snapshot has finished, polling `getSnapshotHistory` for
 * the entry with this `snapshotName` (the latest run when there are several). Each poll reads the
 * first page and, when the history has more, the last page, so the newest run is found whichever
 * way the service sorts. Resolves with the entry.
 *
 * UNCONFIRMED for API v2: the history item fields (the v1 SDK's are used) and when an entry
 * appears. The safe reading: `hasErrorLog: true` or a failure message → `SnapshotFailedError` with
 * the message; a success message or a non-empty `duration` → done; an entry without either, or no
 * entry yet (status `NOT_IN_HISTORY`) → keep waiting until the deadline. A history answer with a
 * non-zero service `code` is a `DecodeError`.
 *
 * Defaults: first wait 2 s, ×2 up to 20 s, deadline 30 min (then `WaiterTimeoutError`).
 */
export async function waitForSearchEngineSnapshot(
  client: SnapshotHistoryReader,
  target: SearchEngineSnapshotTarget,
  options?: WaiterOptions<SnapshotHistoryEntry>,
  deps?: WaiterDeps,
): Promise<SnapshotHistoryEntry> {
  return (await import("./search-engine-waiter")).waitForSearchEngineSnapshot(client, target, options, deps);
}

/**
 * Waits until a NAVER Cloud VPC block storage snapshot can be used, polling
 * `getBlockStorageSnapshotInstanceDetail` and matching `blockStorageSnapshotInstanceStatus.code`
 * (never the label): `INIT` → keep waiting, `CREAT` → done (resolves with the snapshot). Only the
 * snapshot asked for counts: until an answer lists it, it is "not found yet" (status `NOT_LISTED`),
 * and after 3 such answers in a row the waiter fails with `ResourceNotFoundError`, never with another
 * snapshot. It fails with `SnapshotFailedError` when the detail list comes back empty after listing
 * it (the snapshot was deleted or its creation was dropped), when a `CREAT` snapshot is being deleted
 * (operation `TERMT`), and on the Classic-only end states `TERMT` / `NAVAI`; any other code is
 * reported and waited on.
 *
 * Defaults: first wait 2 s, ×2 up to 20 s, deadline 30 min (then `WaiterTimeoutError` with the last
 * state). See providers.md §3 and §8.5 (the NCP Terraform provider waits `INIT` → `CREAT` likewise).
 */
export async function waitForBlockStorageSnapshot(
  client: BlockStorageSnapshotReader,
  target: BlockStorageSnapshotTarget,
  options?: WaiterOptions<BlockStorageSnapshotInstance>,
  deps?: WaiterDeps,
): Promise<BlockStorageSnapshotInstance> {
  return (await import("./vserver-waiter")).waitForBlockStorageSnapshot(client, target, options, deps);
}
