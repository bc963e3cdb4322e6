// The public ZStack waiters, whose code (and the core's polling) loads with the first wait: a client
// that never waits, and its bundle's initial chunk, do without them.

import type { CallOptions } from "../../core/call-options";
import type { CallResult } from "../../core/provider";
import type { Sleep, WaiterDeps, WaiterOptions } from "../../core/waiting";
import type { JobWaitOptions } from "./jobs";
import type { VolumeSnapshotInventory, VolumeSnapshotReader, VolumeSnapshotTarget } from "./volume-snapshot";

/**
 * Polls `GET /zstack/v1/api-jobs/{uuid}` on the configured origin (never the host in `location`,
 * which may be the management node's internal address) until it answers 200, and resolves with that
 * answer's value. A 202 means still running. A 503 (the job failed) rejects with `poll`'s
 * `ServerError`, which keeps the job's own error code and message. A 404 means the job is unknown or
 * its result expired (3 h by default): that rejects with `JobExpiredError`, because the snapshot may
 * have been created. `sleep` and `now` are injectable for tests.
 */
export async function waitForJob(
  jobUuid: string,
  poll: (jobUuid: string, options: CallOptions) => Promise<CallResult>,
  options: JobWaitOptions = {},
  sleep?: Sleep,
  now?: () => number,
): Promise<unknown> {
  return (await import("./jobs")).waitForJob(jobUuid, poll, options, sleep, now);
}

/**
 * Waits until a ZStack volume snapshot is `Ready`, by its UUID; resolves with its inventory. The
 * create itself already follows its job to the end, so this is for snapshots created elsewhere, or
 * after a `JobExpiredError` when the create was given a `resourceUuid`.
 *
 * Polls `getVolumeSnapshot` (`GET /volume-snapshots/{uuid}`), or `queryVolumeSnapshot` with
 * `q=uuid=<uuid>` on servers without that path (404). `Creating` → wait; `Ready` → done; `Deleting`
 * / `Deleted`, or no such snapshot → `SnapshotFailedError`.
 *
 * Defaults: first wait 2 s, ×2 up to 20 s, deadline 30 min (then `WaiterTimeoutError`).
 */
export async function waitForVolumeSnapshot(
  client: VolumeSnapshotReader,
  target: VolumeSnapshotTarget,
  options?: WaiterOptions<VolumeSnapshotInventory>,
  deps?: WaiterDeps,
): Promise<VolumeSnapshotInventory> {
  return (await import("./volume-snapshot")).waitForVolumeSnapshot(client, target, options, deps);
}
