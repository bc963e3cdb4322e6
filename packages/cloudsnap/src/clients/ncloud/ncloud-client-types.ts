import type { classicNas, searchEngine, vserver } from "@cloudsnap/ncloud";
import type { BlockStorageSnapshotInstance, NasVolumeSnapshot, SnapshotHistoryEntry } from "../../waiters";
import type { AndWaitOptions, NasCreateOptions } from "../and-wait/and-wait-options";
import type { FacadeMethods } from "../facade-types";

type NasMethods = FacadeMethods<classicNas.Operations, classicNas.operations, "regionCode", "unwrap">;
type NasCreate = NasMethods["createNasVolumeSnapshot"];
type NasCreateViaGet = NasMethods["createNasVolumeSnapshotViaGet"];

/** Classic NAS: one method per operationId; creates check the snapshot reserve first. */
export type ClassicNasClient = Omit<
  NasMethods,
  "createNasVolumeSnapshot" | "createNasVolumeSnapshotViaGet"
> & {
  createNasVolumeSnapshot(
    params: Parameters<NasCreate>[0],
    options?: NasCreateOptions,
  ): ReturnType<NasCreate>;
  createNasVolumeSnapshotViaGet(
    params: Parameters<NasCreateViaGet>[0],
    options?: NasCreateOptions,
  ): ReturnType<NasCreateViaGet>;
  /** Creates a snapshot (after the reserve check) and waits until it is listed and not busy. */
  createNasVolumeSnapshotAndWait(
    params: Parameters<NasCreate>[0],
    options?: AndWaitOptions<NasVolumeSnapshot> & NasCreateOptions,
  ): Promise<NasVolumeSnapshot>;
};

type VserverMethods = FacadeMethods<vserver.Operations, vserver.operations, "regionCode", "unwrap">;

/** VPC Server block storage: one method per operationId, plus create-and-wait. */
export type VserverClient = VserverMethods & {
  /** Creates a block storage snapshot and waits until its status goes from INIT to CREAT. */
  createBlockStorageSnapshotInstanceAndWait(
    params: Parameters<VserverMethods["createBlockStorageSnapshotInstance"]>[0],
    options?: AndWaitOptions<BlockStorageSnapshotInstance>,
  ): Promise<BlockStorageSnapshotInstance>;
};

type SearchEngineMethods = FacadeMethods<
  searchEngine.Operations,
  searchEngine.operations,
  "apiRegion",
  "keep"
>;

/** Search Engine snapshots: one method per operationId, plus create-and-wait. */
export type SearchEngineClient = SearchEngineMethods & {
  /** Starts a snapshot and waits until the snapshot history shows the run finished. */
  createSnapshotAndWait(
    params: Parameters<SearchEngineMethods["createSnapshot"]>[0],
    options?: AndWaitOptions<SnapshotHistoryEntry>,
  ): Promise<SnapshotHistoryEntry>;
};
