// The generated NAVER Cloud operations as facade methods, and the answer shapes the waiters read:
// shared by each service's client file and its waiter, which the client file loads lazily.

import type { classicNas, searchEngine, vserver } from "@cloudsnap/ncloud";
import type { FacadeMethods } from "../../core/facade";

/** The generated Classic NAS operations as facade methods. */
export type ClassicNasMethods = FacadeMethods<
  classicNas.Operations,
  classicNas.operations,
  "regionCode",
  "unwrap"
>;

/** One snapshot of a Classic NAS volume. */
export type NasVolumeSnapshot = classicNas.components["schemas"]["NasVolumeSnapshot"];

/** The generated VPC Server operations as facade methods. */
export type VserverMethods = FacadeMethods<vserver.Operations, vserver.operations, "regionCode", "unwrap">;

/** A VPC block storage snapshot as `getBlockStorageSnapshotInstanceDetail` reports it. */
export type BlockStorageSnapshotInstance = vserver.components["schemas"]["BlockStorageSnapshotInstance"];

/** The generated Search Engine operations as facade methods. */
export type SearchEngineMethods = FacadeMethods<
  searchEngine.Operations,
  searchEngine.operations,
  "apiRegion",
  "keep"
>;

/** One run in a Search Engine cluster's snapshot history (fields UNCONFIRMED for API v2). */
export type SnapshotHistoryEntry = searchEngine.components["schemas"]["SnapshotHistoryEntry"];
