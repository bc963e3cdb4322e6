import { createNcloudClient } from "cloudsnap";

// A Search Engine cluster in Singapore: the region is a path segment (`v2`, Korea, by default).
const ncloud = createNcloudClient({ searchEngineRegion: "sgn-v2" });

// Starts the snapshot, then reads the cluster's snapshot history until this run has finished.
const run = await ncloud.searchEngine.createSnapshotAndWait(
  { serviceGroupInstanceNo: "1037123", snapshotName: "nightly-2024-04-02", bucketName: "search-snapshots" },
  { wait: { deadlineMs: 60 * 60_000 } },
);
console.log(`written to ${run.bucketName} in ${run.duration}`);
