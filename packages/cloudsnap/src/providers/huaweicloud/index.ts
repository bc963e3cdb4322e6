// The public names of cloudsnap's huaweicloud home, written out once; the entries re-export them.
export { createHuaweiCloudClient, type HuaweiCloudClient, type HuaweiCloudClientOptions } from "./client";
export {
  type DefaultCredentialsOptions as HuaweiCloudDefaultCredentialsOptions,
  defaultHuaweiCloudCredentials,
  fromHuaweiCloudEnv,
  fromHuaweiCloudFile,
  type HuaweiCloudCredentials,
  type HuaweiCloudFileOptions,
  type HuaweiCloudIamUserCredentials,
} from "./credentials";
export { type EvsClient, type EvsCreateSnapshotParams, waitForEvsSnapshot } from "./evs";
export type { EvsJob, EvsSnapshot, EvsSnapshotReader, EvsSnapshotTarget } from "./evs-waiter";
export {
  type HuaweiCloudSigningCredentials,
  type HuaweiCloudSignOptions,
  signHuaweiCloudRequest,
} from "./signer";
