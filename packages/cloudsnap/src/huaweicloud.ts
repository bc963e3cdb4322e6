// cloudsnap/huaweicloud: the Huawei Cloud client, its credentials, waiter and signer, and the shared core.
// Importing this entry loads nothing of the other providers.

export * from "./core/index";
export * from "./providers/huaweicloud/index";
