// What the browser page loads: the three signers from source, bundled for the browser. Their default
// crypto port comes from cloudsnap's `#crypto` import map, which under browser conditions must be the
// WebCrypto port; the port is also exported to be passed explicitly.
export { cryptoPort as webCryptoPort } from "../../packages/cloudsnap/src/crypto/web.js";
export { signHuaweiCloudRequest } from "../../packages/cloudsnap/src/providers/huaweicloud/signer";
export { signNcloudRequest } from "../../packages/cloudsnap/src/providers/ncloud/signer";
export { signZStackRequest } from "../../packages/cloudsnap/src/providers/zstack/signer";
