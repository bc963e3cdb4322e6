import { createEvsClient } from "@cloudsnap/huaweicloud";
import { createClassicNasClient, createSearchEngineClient, createVserverClient } from "@cloudsnap/ncloud";
import { createVolumeSnapshotsClient } from "@cloudsnap/zstack";
import { startMocks } from "../prism/mock-servers";
import { allSpecs } from "../prism/specs";
import { printResult } from "./print";

/** Placeholder auth headers: Prism checks only that they are present (real signing is the facade's job). */
const PLACEHOLDER_AUTH = {
  ncloud: {
    "x-ncp-apigw-timestamp": "0",
    "x-ncp-iam-access-key": "demo",
    "x-ncp-apigw-signature-v2": "demo",
  },
  huaweicloud: { "X-Auth-Token": "demo" },
  zstack: { Authorization: "OAuth demo" },
};

/** `pnpm demo`: starts Prism for every spec, calls the five create operations, prints the answers, stops the mocks. */
async function main(): Promise<void> {
  console.log("Starting a Prism mock for each spec…");
  const mocks = await startMocks(allSpecs());
  try {
    const url = (key: string) => mocks.urls[key] ?? "";

    const nas = createClassicNasClient({ baseUrl: url("ncloud/classic-nas") });
    const nasResult = await nas.createNasVolumeSnapshot(
      { nasVolumeInstanceNo: "00000000" },
      { headers: { ...PLACEHOLDER_AUTH.ncloud, Accept: "application/xml" } },
    );
    await printResult(
      "NAVER Cloud Classic NAS · createNasVolumeSnapshot (XML)",
      nasResult.response,
      nasResult.data,
    );

    const vserver = createVserverClient({ baseUrl: url("ncloud/vserver") });
    const blockResult = await vserver.createBlockStorageSnapshotInstance(
      {
        originalBlockStorageInstanceNo: "3168",
        blockStorageSnapshotName: "snapshot-test",
        responseFormatType: "json",
      },
      { headers: { ...PLACEHOLDER_AUTH.ncloud, Accept: "application/json" } },
    );
    await printResult(
      "NAVER Cloud VPC · createBlockStorageSnapshotInstance",
      blockResult.response,
      blockResult.data,
    );

    const search = createSearchEngineClient({ baseUrl: url("ncloud/search-engine") });
    const searchResult = await search.createSnapshot(
      {
        apiRegion: "v2",
        serviceGroupInstanceNo: "1037123",
        snapshotName: "my-test-snapshot",
        bucketName: "estest",
      },
      { headers: PLACEHOLDER_AUTH.ncloud },
    );
    await printResult("NAVER Cloud Search Engine · createSnapshot", searchResult.response, searchResult.data);

    const evs = createEvsClient({ baseUrl: url("huaweicloud/evs") });
    const evsResult = await evs.createSnapshot(
      {
        project_id: "0123456789abcdef0123456789abcdef",
        snapshot: { volume_id: "2c194dde-7de5-4529-a141-49f48181f411", name: "test_name" },
      },
      { headers: PLACEHOLDER_AUTH.huaweicloud },
    );
    await printResult("Huawei Cloud EVS · createSnapshot", evsResult.response, evsResult.data);

    const zstack = createVolumeSnapshotsClient({ baseUrl: url("zstack/volume-snapshots") });
    const accepted = await zstack.createVolumeSnapshot(
      { volumeUuid: "e60a0fb0b75743c1b0fcb017e31db043", params: { name: "Snapshot-1" } },
      { headers: PLACEHOLDER_AUTH.zstack },
    );
    await printResult("ZStack · createVolumeSnapshot (accepted)", accepted.response, accepted.data);
    const jobUuid = accepted.data?.location.split("/").pop() ?? "";
    const job = await zstack.getApiJob({ jobUuid }, { headers: PLACEHOLDER_AUTH.zstack });
    await printResult(`ZStack · getApiJob ${jobUuid} (final inventory)`, job.response, job.data);
  } finally {
    await mocks.stop();
    console.log("Mocks stopped.");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
