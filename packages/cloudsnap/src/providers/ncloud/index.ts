// The public names of cloudsnap's ncloud home, written out once; the entries re-export them.
export { createNcloudClient, type NcloudClient, type NcloudClientOptions } from "./client";
export {
  defaultNcloudCredentials,
  fromNcloudEnv,
  fromNcloudFile,
  type NcloudCredentials,
  type NcloudDefaultCredentialsOptions,
  type NcloudFileOptions,
} from "./credentials";
export {
  type ClassicNasClient,
  type NasCreateOptions,
  type NasVolumeSnapshot,
  newestNasSnapshotName,
} from "./nas";
export {
  assessNasCapacity,
  checkNasSnapshotCapacity,
  type NasCapacityCheckOptions,
  type NasCapacityReader,
  type NasCapacityReport,
  type NasVolumeInstance,
} from "./nas-capacity";
export type { NasSnapshotLister, NasVolumeSnapshotTarget } from "./nas-waiter";
export type { NcloudSite } from "./rules";
export type { SearchEngineClient, SnapshotHistoryEntry } from "./search-engine";
export type { SearchEngineSnapshotTarget, SnapshotHistoryReader } from "./search-engine-waiter";
export { type NcloudSigningCredentials, type NcloudSignOptions, signNcloudRequest } from "./signer";
export type { BlockStorageSnapshotInstance, VserverClient } from "./vserver";
export type { BlockStorageSnapshotReader, BlockStorageSnapshotTarget } from "./vserver-waiter";
export {
  waitForBlockStorageSnapshot,
  waitForNasVolumeSnapshot,
  waitForSearchEngineSnapshot,
} from "./waiters";
