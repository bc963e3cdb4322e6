// The public names of the unified layer: targets, createSnapshot and waitForSnapshot.
export type {
  Snapshot,
  SnapshotApi,
  SnapshotNameSource,
  SnapshotProgress,
  SnapshotRef,
  SnapshotStatus,
  SnapshotWaitOptions,
  TargetGrammar,
  TargetSetting,
} from "../core/snapshot";
export {
  type CreateSnapshotOptions,
  createSnapshot,
  type SnapshotClientOptions,
  type SnapshotClients,
  type SnapshotCredentials,
  type WaitForSnapshotOptions,
  waitForSnapshot,
} from "./create-snapshot";
export {
  formatTarget,
  type HuaweiCloudEvsTarget,
  type NcloudNasTarget,
  type NcloudSesTarget,
  type NcloudVpcTarget,
  parseTarget,
  type Target,
  type TargetInput,
  targetKinds,
  type ZStackTarget,
} from "./targets";
