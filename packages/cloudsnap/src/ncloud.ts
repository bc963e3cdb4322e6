// cloudsnap/ncloud: the NAVER Cloud client (Classic NAS, VPC Server, Search Engine), its credentials,
// waiters, NAS capacity guard and signer, and the shared core. Loads nothing of the other providers.

export * from "./core/index";
export * from "./providers/ncloud/index";
