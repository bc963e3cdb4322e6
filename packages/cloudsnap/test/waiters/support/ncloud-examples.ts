// Values from the specs' own examples (specs/ncloud/*.yaml), unwrapped from their `…Response` root
// as the facade returns them. The example each one comes from is named above it.

import type { NasVolumeSnapshot } from "../../../src/providers/ncloud/nas";
import type { NasVolumeInstance } from "../../../src/providers/ncloud/nas-capacity";
import type { SnapshotHistoryEntry } from "../../../src/providers/ncloud/search-engine";
import type { BlockStorageSnapshotInstance } from "../../../src/providers/ncloud/vserver";

/** vserver.yaml, GetBlockStorageSnapshotInstanceDetailOk, example `created`. */
export const CREATED_BLOCK_SNAPSHOT: BlockStorageSnapshotInstance = {
  blockStorageSnapshotInstanceNo: "20814323",
  blockStorageSnapshotName: "snapshot-test",
  blockStorageSnapshotVolumeSize: 10737418240,
  originalBlockStorageInstanceNo: "20803168",
  blockStorageSnapshotInstanceStatus: { code: "CREAT", codeName: "Block storage CREATED state" },
  blockStorageSnapshotInstanceOperation: { code: "NULL", codeName: "Block storage NULL OP" },
  blockStorageSnapshotInstanceStatusName: "created",
  createDate: "2025-06-25T16:50:14+0900",
  isEncryptedOriginalBlockStorageVolume: false,
  blockStorageSnapshotDescription: "before the schema migration",
  snapshotType: { code: "FULL", codeName: "Full Storage Snapshot" },
  snapshotChainDepth: 0,
  isBootable: false,
  hypervisorType: { code: "KVM", codeName: "KVM" },
  blockStorageVolumeType: { code: "CB1", codeName: "Common BlockStorage 1" },
};

/** The same snapshot while it is being taken (INIT / CREAT / creating, per providers.md §8.5). */
export const CREATING_BLOCK_SNAPSHOT: BlockStorageSnapshotInstance = {
  ...CREATED_BLOCK_SNAPSHOT,
  blockStorageSnapshotInstanceStatus: { code: "INIT", codeName: "Block Storage INIT State" },
  blockStorageSnapshotInstanceOperation: { code: "CREAT", codeName: "Block Storage CREAT OP" },
  blockStorageSnapshotInstanceStatusName: "creating",
};

/** A `BlockStorageSnapshotInstanceList` holding the given snapshots. */
export function blockSnapshotList(...items: BlockStorageSnapshotInstance[]) {
  return {
    totalRows: items.length,
    blockStorageSnapshotInstanceList: items,
    requestId: "7c1e9a52-3f4b-4d8e-9a61-0e2b5c7d8f94",
    returnCode: "0",
    returnMessage: "success",
  };
}

/** classic-nas.yaml, CreateNasVolumeSnapshotOk, example `providerDocSample` (the seed's list). */
export const SEED_NAS_SNAPSHOTS: NasVolumeSnapshot[] = [
  {
    nasVolumeSnapshotName: "now.20240403.164347",
    createDate: "2024-04-03T16:43:47+0900",
    snapshotSize: 0,
    isBusy: false,
  },
  {
    nasVolumeSnapshotName: "now.20240403.164335",
    createDate: "2024-04-03T16:43:35+0900",
    snapshotSize: 147456,
    isBusy: false,
  },
];

/** classic-nas.yaml, GetNasVolumeSnapshotListOk, example `threeSnapshots` (the newest still busy). */
export const THREE_NAS_SNAPSHOTS: NasVolumeSnapshot[] = [
  {
    nasVolumeSnapshotName: "now.20240402.090000",
    createDate: "2024-04-02T09:00:00+0900",
    snapshotSize: 2101248,
    isBusy: false,
  },
  {
    nasVolumeSnapshotName: "now.20240403.164335",
    createDate: "2024-04-03T16:43:35+0900",
    snapshotSize: 147456,
    isBusy: false,
  },
  {
    nasVolumeSnapshotName: "now.20240403.164347",
    createDate: "2024-04-03T16:43:47+0900",
    snapshotSize: 0,
    isBusy: true,
  },
];

/** A `NasVolumeSnapshotList` answer holding the given snapshots. */
export function nasSnapshotList(items: NasVolumeSnapshot[]) {
  return {
    requestId: "5f0c2a41-9d3e-4b7a-a1f6-2c8e7d4b9a10",
    returnCode: "0",
    returnMessage: "success",
    totalRows: items.length,
    nasVolumeSnapshotList: items,
  };
}

/** classic-nas.yaml, GetNasVolumeInstanceListOk, example `oneVolumeWithReserve` (server list trimmed). */
export const VOLUME_WITH_RESERVE: NasVolumeInstance = {
  nasVolumeInstanceNo: "23420000",
  nasVolumeInstanceStatus: { code: "CREAT", codeName: "NAS create" },
  nasVolumeInstanceOperation: { code: "NULL", codeName: "NAS NULL OP" },
  nasVolumeInstanceStatusName: "created",
  createDate: "2024-03-28T10:12:05+0900",
  nasVolumeInstanceDescription: "build artefacts",
  mountInformation: "10.250.53.91:/n2345678_nasbuild",
  volumeAllotmentProtocolType: { code: "NFS", codeName: "NFS" },
  volumeName: "n2345678_nasbuild",
  volumeTotalSize: 590558003200,
  volumeSize: 536870912000,
  snapshotVolumeConfigurationRatio: 10.0,
  snapshotVolumeConfigPeriodType: { code: "DAY", codeName: "Daily" },
  snapshotVolumeConfigDayOfWeekType: { code: "-1", codeName: "Everyday" },
  snapshotVolumeConfigTime: 1,
  snapshotVolumeSize: 53687091200,
  isSnapshotConfiguration: true,
  isEventConfiguration: false,
};

/** The same volume with no snapshot reserve configured. */
export const VOLUME_WITHOUT_RESERVE: NasVolumeInstance = {
  nasVolumeInstanceNo: "23420000",
  nasVolumeInstanceStatus: { code: "CREAT", codeName: "NAS create" },
  volumeTotalSize: 536870912000,
  volumeSize: 536870912000,
  snapshotVolumeConfigurationRatio: 0,
  snapshotVolumeSize: 0,
  isSnapshotConfiguration: false,
};

/** A `getNasVolumeInstanceList` answer holding the given volumes. */
export function nasVolumeList(items: NasVolumeInstance[]) {
  return {
    requestId: "0b6f1d2e-7a8c-4e59-93b1-6d2f4a8c1e37",
    returnCode: "0",
    returnMessage: "success",
    totalRows: items.length,
    nasVolumeInstanceList: items,
  };
}

/** search-engine.yaml, getSnapshotHistory 200, example `onePage` (its one entry). */
export const FINISHED_HISTORY_ENTRY: SnapshotHistoryEntry = {
  actionDate: "2025-03-24 10:15:02",
  bucketName: "estest",
  clusterName: "my-cluster",
  duration: "00:00:12",
  hasErrorLog: false,
  idx: 1,
  memberNo: "2790000",
  message: "SUCCESS",
  requestType: "MANUAL",
  serviceGroupInstanceNo: "1037123",
  snapshotName: "my-test-snapshot",
};

/** A `getSnapshotHistory` envelope holding one page. */
export function historyPage(
  entries: SnapshotHistoryEntry[],
  paging: { currentPage?: number; totalPage?: number; isLast?: boolean } = {},
) {
  const totalPage = paging.totalPage ?? 1;
  const currentPage = paging.currentPage ?? 1;
  return {
    code: 0,
    message: "SUCCESS",
    result: {
      currentPage,
      isFirst: currentPage === 1,
      isLast: paging.isLast ?? currentPage === totalPage,
      pageSize: 10,
      totalCount: entries.length,
      totalPage,
      snapshotHistoryResponseList: entries,
    },
    requestId: "7a1de0c4-6b3f-4f61-9d0a-3c5e2b1f8a90",
  };
}
