// cloudsnap: signed, typed clients for cloud create-snapshot APIs. The root entry exports everything:
// the shared core and every provider's home, each written out by name in its own index. For a
// smaller bundle or a faster start, import one provider's entry (cloudsnap/ncloud, …) instead.

export * from "./core/index";
export * from "./providers/huaweicloud/index";
export * from "./providers/ncloud/index";
export * from "./providers/zstack/index";
export * from "./unified/index";
