// NAVER Cloud VPC block storage snapshots: create-and-wait (its waiter, in vserver-waiter.ts, is
// loaded when a wait starts).

import { ownProperties } from "../../core/call-options";
import type { AndWaitOptions } from "../../core/waiting";
import { noSnapshotListed } from "./rules";
import type { BlockStorageSnapshotInstance, VserverMethods } from "./types";

export type { BlockStorageSnapshotInstance, VserverMethods } from "./types";

/** VPC Server block storage: one method per operationId, plus create-and-wait. */
export type VserverClient = VserverMethods & {
  /** Creates a block storage snapshot and waits until its status goes from INIT to CREAT. */
  createBlockStorageSnapshotInstanceAndWait(
    params: Parameters<VserverMethods["createBlockStorageSnapshotInstance"]>[0],
    options?: AndWaitOptions<BlockStorageSnapshotInstance>,
  ): Promise<BlockStorageSnapshotInstance>;
};

/** VPC block storage with `createBlockStorageSnapshotInstanceAndWait` (INIT → CREAT). */
export function withBlockStorageWaiter(
  methods: VserverMethods,
  regionCode: string | undefined,
): VserverClient {
  return {
    ...methods,
    async createBlockStorageSnapshotInstanceAndWait(params, options) {
      const { splitBlockStorageWaitOptions, waitForBlockStorageSnapshot } = await import("./vserver-waiter");
      const { create, wait } = splitBlockStorageWaitOptions(
        "createBlockStorageSnapshotInstanceAndWait",
        options,
      );
      const created = await methods.createBlockStorageSnapshotInstance(params, create);
      const blockStorageSnapshotInstanceNo =
        created.blockStorageSnapshotInstanceList?.[0]?.blockStorageSnapshotInstanceNo;
      if (!blockStorageSnapshotInstanceNo) throw noSnapshotListed("createBlockStorageSnapshotInstance");
      const region = ownProperties(params).regionCode ?? regionCode;
      return waitForBlockStorageSnapshot(
        methods,
        { blockStorageSnapshotInstanceNo, ...(region ? { regionCode: region } : {}) },
        wait,
      );
    },
  };
}
