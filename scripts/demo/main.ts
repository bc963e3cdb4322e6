import { createHuaweiCloudClient, createNcloudClient, createZStackClient } from "cloudsnap";
import { startMocks } from "../prism/mock-servers";
import { allSpecs } from "../prism/specs";
import { printResult } from "./print";

/**
 * `pnpm demo`: starts a Prism mock per spec, makes signed calls to the five create operations through
 * the cloudsnap facade (polling ZStack's job to completion), prints the decoded results, stops the mocks.
 * The keys below are demo placeholders: Prism checks that auth headers are present, not their values.
 */
async function main(): Promise<void> {
  console.log("Starting a Prism mock for each spec…");
  const mocks = await startMocks(allSpecs());
  const url = (key: string) => mocks.urls[key] ?? "";
  const demoKeys = { accessKey: "DEMOACCESSKEY", secretKey: "demo-secret-not-real" };
  const zstack = createZStackClient({
    endpoint: url("zstack/volume-snapshots"),
    credentials: { accountName: "admin", password: "demo-password" },
  });
  try {
    const ncloud = createNcloudClient({
      credentials: demoKeys,
      endpoints: {
        classicNas: url("ncloud/classic-nas"),
        vserver: url("ncloud/vserver"),
        searchEngine: url("ncloud/search-engine"),
      },
    });
    printResult(
      "NAVER Cloud Classic NAS · createNasVolumeSnapshot (XML, decoded)",
      await ncloud.classicNas.createNasVolumeSnapshot({ nasVolumeInstanceNo: "23420000" }),
    );
    printResult(
      "NAVER Cloud VPC · createBlockStorageSnapshotInstance (JSON)",
      await ncloud.vserver.createBlockStorageSnapshotInstance({
        originalBlockStorageInstanceNo: "3168",
        blockStorageSnapshotName: "snapshot-test",
        responseFormatType: "json",
      }),
    );
    printResult(
      "NAVER Cloud Search Engine · createSnapshot",
      await ncloud.searchEngine.createSnapshot({
        serviceGroupInstanceNo: "1037123",
        snapshotName: "my-test-snapshot",
        bucketName: "estest",
      }),
    );

    const huawei = createHuaweiCloudClient({
      credentials: demoKeys,
      projectId: "0123456789abcdef0123456789abcdef",
      endpoint: url("huaweicloud/evs"),
    });
    printResult(
      "Huawei Cloud EVS · createSnapshot (AK/SK signed)",
      await huawei.evs.createSnapshot({
        snapshot: { volume_id: "2c194dde-7de5-4529-a141-49f48181f411", name: "test_name" },
      }),
    );

    printResult(
      "ZStack · createVolumeSnapshot (202 → api-job polled to the final inventory)",
      await zstack.volumeSnapshots.createVolumeSnapshot({
        volumeUuid: "e60a0fb0b75743c1b0fcb017e31db043",
        params: { name: "Snapshot-1" },
      }),
    );
  } finally {
    await zstack.close();
    await mocks.stop();
    console.log("\nMocks stopped.");
  }
}

main().catch((error: unknown) => {
  console.error(String(error));
  process.exitCode = 1;
});
