import { createNcloudClient } from "cloudsnap";

const ncloud = createNcloudClient({ regionCode: "KR" });

// Create, then wait until the snapshot's status code goes from INIT to CREAT (usable).
const snapshot = await ncloud.vserver.createBlockStorageSnapshotInstanceAndWait(
  {
    originalBlockStorageInstanceNo: "3168",
    blockStorageSnapshotName: "before-migration",
    blockStorageSnapshotDescription: "taken by the nightly backup job",
    responseFormatType: "json",
  },
  {
    wait: {
      deadlineMs: 20 * 60_000,
      onProgress: (state) => console.log(`${state.resourceId}: ${state.status} after ${state.elapsedMs} ms`),
    },
  },
);
console.log(`snapshot ${snapshot.blockStorageSnapshotInstanceNo} is ready`);
