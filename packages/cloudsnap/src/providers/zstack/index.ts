// The public names of cloudsnap's zstack home, written out once; the entries re-export them.
export {
  createZStackClient,
  type ZStackClient,
  type ZStackClientOptions,
  type ZStackVolumeSnapshots,
} from "./client";
export {
  defaultZStackCredentials,
  fromZStackAccessKeyEnv,
  fromZStackEnv,
  fromZStackSessionEnv,
  readZStackConnectionEnv,
  type ZStackAccessKeyCredentials,
  type ZStackConnectionSettings,
  type ZStackCredentials,
  type ZStackSessionCredentials,
} from "./credentials";
export { type JobWaitOptions, jobUuidFromLocation, waitForJob } from "./jobs";
export { signZStackRequest, type ZStackSigningCredentials, type ZStackSignOptions } from "./signer";
export {
  type VolumeSnapshotInventory,
  type VolumeSnapshotReader,
  type VolumeSnapshotTarget,
  waitForVolumeSnapshot,
} from "./volume-snapshot";
