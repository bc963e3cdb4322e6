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
  type NasSnapshotLister,
  type NasVolumeSnapshot,
  type NasVolumeSnapshotTarget,
  newestNasSnapshotName,
  waitForNasVolumeSnapshot,
} from "./nas";
export {
  assessNasCapacity,
  checkNasSnapshotCapacity,
  type NasCapacityCheckOptions,
  type NasCapacityReader,
  type NasCapacityReport,
  type NasVolumeInstance,
} from "./nas-capacity";
export type { NcloudSite } from "./rules";
export {
  type SearchEngineClient,
  type SearchEngineSnapshotTarget,
  type SnapshotHistoryEntry,
  type SnapshotHistoryReader,
  waitForSearchEngineSnapshot,
} from "./search-engine";
export { type NcloudSigningCredentials, type NcloudSignOptions, signNcloudRequest } from "./signer";
export {
  type BlockStorageSnapshotInstance,
  type BlockStorageSnapshotReader,
  type BlockStorageSnapshotTarget,
  type VserverClient,
  waitForBlockStorageSnapshot,
} from "./vserver";
