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
export { jobUuidFromLocation } from "./job-id";
export type { JobWaitOptions } from "./jobs";
export { signZStackRequest, type ZStackSigningCredentials, type ZStackSignOptions } from "./signer";
export type { VolumeSnapshotInventory, VolumeSnapshotReader, VolumeSnapshotTarget } from "./volume-snapshot";
export { waitForJob, waitForVolumeSnapshot } from "./waiters";
