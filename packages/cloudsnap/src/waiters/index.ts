// Waiters: one call per provider that waits until a snapshot can be used, and the NAS capacity guard.

export {
  type JobWaitOptions,
  jobUuidFromLocation,
  waitForJob,
} from "../clients/zstack/wait-for-job";
export { assessNasCapacity, type NasCapacityReport, type NasVolumeInstance } from "./assess-nas-capacity";
export {
  checkNasSnapshotCapacity,
  type NasCapacityCheckOptions,
  type NasCapacityReader,
} from "./check-nas-snapshot-capacity";
export {
  classifyHistoryEntry,
  type HistoryVerdict,
  type SnapshotHistoryEntry,
} from "./classify-history-entry";
export { DEFAULT_NAS_SAFETY_MARGIN_RATIO, DEFAULT_WAITER_TUNING } from "./constants";
export {
  type NasSnapshotListLike,
  type NasVolumeSnapshot,
  newestNasSnapshotName,
} from "./newest-nas-snapshot-name";
export type { Sleep, WaiterDeps, WaiterOptions, WaiterState, WaiterTuning } from "./types";
export {
  type BlockStorageSnapshotInstance,
  type BlockStorageSnapshotReader,
  type BlockStorageSnapshotTarget,
  waitForBlockStorageSnapshot,
} from "./wait-for-block-storage-snapshot";
export {
  type EvsJob,
  type EvsSnapshot,
  type EvsSnapshotReader,
  type EvsSnapshotTarget,
  waitForEvsSnapshot,
} from "./wait-for-evs-snapshot";
export {
  type NasSnapshotLister,
  type NasVolumeSnapshotTarget,
  waitForNasVolumeSnapshot,
} from "./wait-for-nas-volume-snapshot";
export {
  type SearchEngineSnapshotTarget,
  type SnapshotHistoryReader,
  waitForSearchEngineSnapshot,
} from "./wait-for-search-engine-snapshot";
export {
  type VolumeSnapshotInventory,
  type VolumeSnapshotReader,
  type VolumeSnapshotTarget,
  waitForVolumeSnapshot,
} from "./wait-for-volume-snapshot";
