import { createHuaweiCloudClient } from "cloudsnap";

const huawei = createHuaweiCloudClient({ region: "cn-north-4" });

// Create (POST /v5/{project_id}/snapshots, AK/SK-signed; project_id from the client), then follow the
// job and read the snapshot until it is `available`.
const snapshot = await huawei.evs.createSnapshotAndWait(
  {
    snapshot: {
      volume_id: "2c194dde-7de5-4529-a141-49f48181f411",
      name: "before-migration",
      incremental: false,
    },
  },
  { wait: { onProgress: (state) => console.log(`${state.operation}: ${state.status}`) } },
);
console.log(`snapshot ${snapshot.id} is ${snapshot.status}`);
