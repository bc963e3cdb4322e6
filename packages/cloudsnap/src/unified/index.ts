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
  type IntentRecord,
  JournalError,
  type JournalHeader,
  type OutcomeKind,
  type OutcomeRecord,
} from "./journal";
export type { ThrottleNotice } from "./rate-limiter";
export {
  type AccountSummary,
  DEFAULT_RATES,
  type SnapshotManyEvent,
  type SnapshotManyOptions,
  type SnapshotManySummary,
  snapshotMany,
} from "./snapshot-many";
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
