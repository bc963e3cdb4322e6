import { createNcloudClient, waitForBlockStorageSnapshot } from "cloudsnap";

const ncloud = createNcloudClient({ regionCode: "KR" });

// Create now (one POST, nothing else)…
const created = await ncloud.vserver.createBlockStorageSnapshotInstance({
  originalBlockStorageInstanceNo: "3168",
  responseFormatType: "json",
});
const snapshotNo = created.blockStorageSnapshotInstanceList?.[0]?.blockStorageSnapshotInstanceNo;

// …and wait later, e.g. in the next step of a pipeline, with the snapshot's number.
if (snapshotNo !== undefined) {
  await waitForBlockStorageSnapshot(ncloud.vserver, { blockStorageSnapshotInstanceNo: snapshotNo });
}
