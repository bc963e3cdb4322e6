// NAVER Cloud Search Engine snapshots: create-and-wait (reading the history and waiting are in
// search-engine-waiter.ts, loaded when a wait starts).

import { ownProperties } from "../../core/call-options";
import type { AndWaitOptions } from "../../core/waiting";
import type { SearchEngineMethods, SnapshotHistoryEntry } from "./types";

export type { SearchEngineMethods, SnapshotHistoryEntry } from "./types";

/** Search Engine snapshots: one method per operationId, plus create-and-wait. */
export type SearchEngineClient = SearchEngineMethods & {
  /** Starts a snapshot and waits until the snapshot history shows the run finished. */
  createSnapshotAndWait(
    params: Parameters<SearchEngineMethods["createSnapshot"]>[0],
    options?: AndWaitOptions<SnapshotHistoryEntry>,
  ): Promise<SnapshotHistoryEntry>;
};

/** Search Engine with `createSnapshotAndWait` (until the snapshot history shows the run finished). */
export function withSearchEngineWaiter(methods: SearchEngineMethods): SearchEngineClient {
  return {
    ...methods,
    async createSnapshotAndWait(params, options) {
      const { splitSearchEngineWaitOptions, waitForSearchEngineSnapshot } = await import(
        "./search-engine-waiter"
      );
      const { create, wait } = splitSearchEngineWaitOptions("createSnapshotAndWait", options);
      await methods.createSnapshot(params, create);
      const own = ownProperties(params);
      return waitForSearchEngineSnapshot(
        methods,
        {
          serviceGroupInstanceNo: String(own.serviceGroupInstanceNo),
          snapshotName: own.snapshotName,
          ...(own.apiRegion ? { apiRegion: own.apiRegion } : {}),
        },
        wait,
      );
    },
  };
}
