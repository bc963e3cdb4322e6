// Signers, usable alone: each returns a new signed Request and never mutates its input.
export type { CryptoPort } from "../crypto/types.js";
export type { HuaweiCloudSigningCredentials, HuaweiCloudSignOptions } from "./huaweicloud/sign-request.js";
export { signHuaweiCloudRequest } from "./huaweicloud/sign-request.js";
export type { NcloudSigningCredentials, NcloudSignOptions } from "./ncloud/sign-request.js";
export { signNcloudRequest } from "./ncloud/sign-request.js";
export type { ZStackSigningCredentials, ZStackSignOptions } from "./zstack/sign-request.js";
export { signZStackRequest } from "./zstack/sign-request.js";
