import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createHuaweiCloudClient, createNcloudClient, createSnapshot, createZStackClient } from "cloudsnap";
import { startMocks } from "../prism/mock-servers";
import { allSpecs } from "../prism/specs";
import { printResult } from "./print";

/**
 * `pnpm demo`: starts a Prism mock per spec, makes signed calls to the five create operations through
 * the cloudsnap facade (polling ZStack's job to completion), then one through the unified
 * `createSnapshot`, runs the `cloudsnap` command once, prints the decoded results, stops the mocks.
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

    printResult(
      'One call for every cloud · createSnapshot("ncloud-vpc:3168?region=KR", …) → Snapshot',
      await createSnapshot("ncloud-vpc:3168?region=KR", {
        name: "snapshot-test",
        endpoint: url("ncloud/vserver"),
        credentials: { ncloud: demoKeys },
      }),
    );

    runCli(
      ["create", "huaweicloud-evs:2c194dde-7de5-4529-a141-49f48181f411", "--json"],
      url("huaweicloud/evs"),
      {
        HUAWEICLOUD_SDK_AK: demoKeys.accessKey,
        HUAWEICLOUD_SDK_SK: demoKeys.secretKey,
        HUAWEICLOUD_SDK_PROJECT_ID: "0123456789abcdef0123456789abcdef",
      },
    );
  } finally {
    await zstack.close();
    await mocks.stop();
    console.log("\nMocks stopped.");
  }
}

/**
 * Runs the built `cloudsnap` bin once, as `npx cloudsnap` would, with its credentials in the
 * environment (and an empty HOME, so no real credential file is read); prints its JSON Lines.
 */
function runCli(args: string[], endpoint: string, credentials: Record<string, string>): void {
  const cli = join(
    dirname(createRequire(import.meta.url).resolve("cloudsnap/package.json")),
    "dist",
    "cli.js",
  );
  const home = mkdtempSync(join(tmpdir(), "cloudsnap-demo-"));
  try {
    const shown = ["node", "packages/cloudsnap/dist/cli.js", ...args, "--endpoint", endpoint].join(" ");
    const run = spawnSync(process.execPath, [cli, ...args, "--endpoint", endpoint], {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "", HOME: home, ...credentials },
      timeout: 60_000,
    });
    console.log(`\n── The cloudsnap command · ${shown}`);
    for (const line of run.stdout.trim().split("\n")) console.log(`   ${line}`);
    if (run.stderr.trim() !== "") console.log(run.stderr.trim().replace(/^/gm, "   "));
    console.log(`   exit code ${run.status}`);
    if (run.status !== 0) process.exitCode = 1;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(String(error));
  process.exitCode = 1;
});
