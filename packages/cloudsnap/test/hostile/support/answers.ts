// The answers a well-behaved API gives, from the specs' own examples (specs/**/*.yaml), so the
// hostile suites change one thing at a time: everything not under test is answered as documented.

/** classic-nas.yaml createNasVolumeSnapshot 200 application/xml, example `providerDocSample`. */
export const NAS_CREATED_XML = `<?xml version="1.0" encoding="UTF-8"?>
<createNasVolumeSnapshotResponse>
<requestId></requestId>
<returnCode>0</returnCode>
<returnMessage>success</returnMessage>
<totalRows>2</totalRows>
<nasVolumeSnapshotList>
<nasVolumeSnapshot>
<nasVolumeSnapshotName>now.20240403.164347</nasVolumeSnapshotName>
<createDate>2024-04-03T16:43:47+0900</createDate>
<snapshotSize>0</snapshotSize>
<isBusy>false</isBusy>
</nasVolumeSnapshot>
<nasVolumeSnapshot>
<nasVolumeSnapshotName>now.20240403.164335</nasVolumeSnapshotName>
<createDate>2024-04-03T16:43:35+0900</createDate>
<snapshotSize>147456</snapshotSize>
<isBusy>false</isBusy>
</nasVolumeSnapshot>
</nasVolumeSnapshotList>
</createNasVolumeSnapshotResponse>`;

/** The same answer in JSON (`responseFormatType=json`). */
export const NAS_CREATED = {
  createNasVolumeSnapshotResponse: {
    requestId: "",
    returnCode: "0",
    returnMessage: "success",
    totalRows: 2,
    nasVolumeSnapshotList: [
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
    ],
  },
};

/** classic-nas.yaml getNasVolumeInstanceList 200, example `oneVolumeWithReserve` (the fields the guard reads). */
export const NAS_VOLUMES = {
  getNasVolumeInstanceListResponse: {
    requestId: "0b6f1d2e-7a8c-4e59-93b1-6d2f4a8c1e37",
    returnCode: "0",
    returnMessage: "success",
    totalRows: 1,
    nasVolumeInstanceList: [
      {
        nasVolumeInstanceNo: "23420000",
        nasVolumeInstanceStatus: { code: "CREAT", codeName: "NAS create" },
        nasVolumeInstanceOperation: { code: "NULL", codeName: "NAS NULL OP" },
        nasVolumeInstanceStatusName: "created",
        createDate: "2024-03-28T10:12:05+0900",
        volumeName: "n2345678_nasbuild",
        volumeTotalSize: 590558003200,
        volumeSize: 536870912000,
        snapshotVolumeConfigurationRatio: 10,
        snapshotVolumeSize: 53687091200,
        isSnapshotConfiguration: true,
        isEventConfiguration: false,
      },
    ],
  },
};

/** classic-nas.yaml getNasVolumeSnapshotList 200, example `threeSnapshots`, every snapshot settled. */
export const NAS_SNAPSHOTS = {
  getNasVolumeSnapshotListResponse: {
    requestId: "5f0c2a41-9d3e-4b7a-a1f6-2c8e7d4b9a10",
    returnCode: "0",
    returnMessage: "success",
    totalRows: 3,
    nasVolumeSnapshotList: [
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
        isBusy: false,
      },
    ],
  },
};

/** vserver.yaml: a block storage snapshot (example `created`), numbered and in the state asked for. */
export function blockSnapshot(no: string, code: "INIT" | "CREAT") {
  return {
    blockStorageSnapshotInstanceNo: no,
    blockStorageSnapshotName: "snapshot-test",
    blockStorageSnapshotVolumeSize: 10737418240,
    originalBlockStorageInstanceNo: "20803168",
    blockStorageSnapshotInstanceStatus: { code, codeName: `Block storage ${code} state` },
    blockStorageSnapshotInstanceOperation:
      code === "INIT"
        ? { code: "CREAT", codeName: "Block storage CREAT OP" }
        : { code: "NULL", codeName: "NULL" },
    blockStorageSnapshotInstanceStatusName: code === "INIT" ? "creating" : "created",
    createDate: "2025-06-25T16:50:14+0900",
    isEncryptedOriginalBlockStorageVolume: false,
    snapshotType: { code: "FULL", codeName: "Full Storage Snapshot" },
    snapshotChainDepth: 0,
    isBootable: false,
    hypervisorType: { code: "KVM", codeName: "KVM" },
    blockStorageVolumeType: { code: "CB1", codeName: "Common BlockStorage 1" },
  };
}

/** vserver.yaml: `{…Response: {blockStorageSnapshotInstanceList: [...]}}` for `operation`. */
export function blockSnapshotAnswer(operation: string, ...items: ReturnType<typeof blockSnapshot>[]) {
  return {
    [`${operation}Response`]: {
      totalRows: items.length,
      blockStorageSnapshotInstanceList: items,
      requestId: "bd72f843-1c2e-4f5a-9b8d-3a56b6bf2a69",
      returnCode: "0",
      returnMessage: "success",
    },
  };
}

/** search-engine.yaml createSnapshot 200, example `seed`. */
export const SEARCH_ENGINE_CREATED = {
  code: 0,
  message: "SUCCESS",
  result: true,
  requestId: "2757144e-8548-472d-9d65-962406b4efa0",
};

/** search-engine.yaml getSnapshotHistory 200, example `onePage` (the run of `snapshotName` finished). */
export function searchEngineHistory(snapshotName: string) {
  return {
    code: 0,
    message: "SUCCESS",
    result: {
      currentPage: 1,
      isFirst: true,
      isLast: true,
      pageSize: 10,
      totalCount: 1,
      totalPage: 1,
      snapshotHistoryResponseList: [
        {
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
          snapshotName,
        },
      ],
    },
    requestId: "7a1de0c4-6b3f-4f61-9d0a-3c5e2b1f8a90",
  };
}

/** evs.yaml createSnapshot 202, example `accepted`. */
export const EVS_CREATED = {
  job_id: "ee62a0c1e79c4e11be5adc17a49f69ef",
  snapshot_id: "bb02c803-55ac-4e84-9c80-60d352199d7d",
};

/** evs.yaml showJob 200 (example `running`, with the status asked for). */
export function evsJob(status: "RUNNING" | "SUCCESS") {
  return {
    status,
    entities: {},
    job_id: EVS_CREATED.job_id,
    begin_time: "2025-03-01T08:15:30.120Z",
    end_time: status === "SUCCESS" ? "2025-03-01T08:16:02.120Z" : "",
    error_code: null,
    fail_reason: null,
  };
}

/** evs.yaml showSnapshot 200, example `available` (the required fields). */
export const EVS_SNAPSHOT = {
  snapshot: {
    id: EVS_CREATED.snapshot_id,
    name: "test_name",
    description: "test description",
    volume_id: "2c194dde-7de5-4529-a141-49f48181f411",
    status: "available",
    size: 40,
    created_at: "2025-03-01T08:15:30.000000",
    updated_at: "2025-03-01T08:16:02.000000",
  },
};

/** iam.yaml createToken 201, example `projectScoped` (trimmed), valid for a day from now. */
export function iamToken() {
  return {
    token: {
      expires_at: new Date(Date.now() + 24 * 3600_000).toISOString(),
      issued_at: new Date().toISOString(),
      methods: ["password"],
      user: {
        id: "6b8e1b3a2f0c4d5e9a7b8c9d0e1f2a3b",
        name: "IAM_USER",
        domain: { id: "1f2e", name: "ACCOUNT" },
      },
      project: { id: "0123456789abcdef0123456789abcdef", name: "cn-north-4" },
    },
  };
}

/** volume-snapshots.yaml: a snapshot inventory (getApiJob 200, example `snapshotCreated`). */
export const ZSTACK_INVENTORY = {
  inventory: {
    uuid: "ec8f396d8a5d48ce8bd949d469c0be62",
    name: "Snapshot-1",
    description: "create-snapshot-from-volume",
    type: "Hypervisor",
    volumeUuid: "e60a0fb0b75743c1b0fcb017e31db043",
    treeUuid: "b5cf59580ef443c4b7106cf755e6c572",
    parentUuid: "cc0e37297d76486186f0dd2b61ddf4e2",
    primaryStorageUuid: "82280d3f2f01482bbcdfee03599bcad5",
    volumeType: "Root",
    format: "qcow2",
    latest: true,
    size: 1073741824,
    state: "Enabled",
    status: "Ready",
    createDate: "Jun 7, 2017 9:20:17 PM",
    lastOpDate: "Jun 7, 2017 9:20:17 PM",
  },
};

/** volume-snapshots.yaml logInByAccount 200, example `loggedIn`, with the session id given. */
export function zstackSession(uuid: string) {
  return {
    inventory: {
      uuid,
      accountUuid: "36c27e8ff05c4780bf6d2fa65700f22e",
      userUuid: "36c27e8ff05c4780bf6d2fa65700f22e",
      expiredDate: "Jun 7, 2037 11:20:17 PM",
      createDate: "Jun 7, 2017 9:20:17 PM",
    },
  };
}

/** ZStack's 503 for an invalid or expired session (providers.md §6.3). */
export const ZSTACK_SESSION_EXPIRED = {
  error: { code: "ID.1001", description: "invalid session", details: "session expired" },
};
