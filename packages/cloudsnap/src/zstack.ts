// cloudsnap/zstack: the ZStack client, its credentials, job and snapshot waiters and signer, and the
// shared core. Loads nothing of the other providers.

export * from "./core/index";
export * from "./providers/zstack/index";
