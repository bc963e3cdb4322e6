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
export type { EvsClient, EvsCreateSnapshotParams } from "./evs";
export {
  type EvsJob,
  type EvsSnapshot,
  type EvsSnapshotReader,
  type EvsSnapshotTarget,
  waitForEvsSnapshot,
} from "./evs-waiter";
export {
  type HuaweiCloudSigningCredentials,
  type HuaweiCloudSignOptions,
  signHuaweiCloudRequest,
} from "./signer";
