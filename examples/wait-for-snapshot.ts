// Wait until a new snapshot is usable: NAVER Cloud VPC block storage, create then wait.
//
//   npx tsx wait-for-snapshot.ts <blockStorageInstanceNo>
//
// Credentials: NCLOUD_ACCESS_KEY_ID and NCLOUD_SECRET_ACCESS_KEY, else ~/.ncloud/configure.
// Endpoint: NAVER Cloud's public gateway, unless CLOUDSNAP_EXAMPLE_ENDPOINT_VSERVER names another origin.
// The other providers wait the same way: waitForNasVolumeSnapshot (Classic NAS),
// waitForSearchEngineSnapshot, waitForEvsSnapshot (Huawei Cloud; pass the create's job_id too).
// `ncloud.vserver.createBlockStorageSnapshotInstanceAndWait` does both steps in one call.
import {
  createNcloudClient,
  isCloudsnapError,
  isCredentialsError,
  isHttpError,
  isSnapshotFailedError,
  isValidationError,
  isWaiterTimeoutError,
  waitForBlockStorageSnapshot,
} from "cloudsnap";

async function main(): Promise<void> {
  const [blockStorageInstanceNo] = process.argv.slice(2);
  if (!blockStorageInstanceNo) {
    console.error("usage: wait-for-snapshot.ts <blockStorageInstanceNo>");
    process.exitCode = 2;
    return;
  }
  const ncloud = createNcloudClient({
    endpoints: { vserver: process.env.CLOUDSNAP_EXAMPLE_ENDPOINT_VSERVER },
  });
  const created = await ncloud.vserver.createBlockStorageSnapshotInstance({
    originalBlockStorageInstanceNo: blockStorageInstanceNo,
    responseFormatType: "json",
  });
  const snapshotNo = created.blockStorageSnapshotInstanceList?.[0]?.blockStorageSnapshotInstanceNo;
  if (!snapshotNo) throw new Error("NAVER Cloud accepted the request but returned no snapshot");
  console.log(
    `Snapshot ${snapshotNo} of block storage ${blockStorageInstanceNo} requested; waiting until it is usable`,
  );

  // Ctrl-C stops the wait (the snapshot itself goes on being created).
  const stop = new AbortController();
  process.once("SIGINT", () => stop.abort(new Error("interrupted")));
  const snapshot = await waitForBlockStorageSnapshot(
    ncloud.vserver,
    { blockStorageSnapshotInstanceNo: snapshotNo },
    {
      deadlineMs: 20 * 60_000,
      signal: stop.signal,
      onProgress: (state) =>
        console.log(
          `  poll ${state.attempt} after ${(state.elapsedMs / 1000).toFixed(0)} s: ${state.status}`,
        ),
    },
  );
  console.log(
    `Snapshot ${snapshotNo} is usable: ${snapshot.blockStorageSnapshotInstanceStatus.code} (${snapshot.blockStorageSnapshotInstanceStatusName})`,
  );
}

main().catch((error: unknown) => {
  process.exitCode = 1;
  if (isSnapshotFailedError(error))
    console.error(`The snapshot failed (${error.providerStatus}): ${error.reason ?? error.message}`);
  else if (isWaiterTimeoutError(error))
    console.error(
      `Still not usable at the deadline (last status ${error.lastState?.status ?? "unknown"}); it may yet finish`,
    );
  else if (isValidationError(error)) console.error(`Not sent, the input is invalid: ${error.message}`);
  else if (isCredentialsError(error)) console.error(`No NAVER Cloud credentials: ${error.message}`);
  else if (isHttpError(error))
    console.error(
      `NAVER Cloud refused ${error.operation}: HTTP ${error.status} ${error.code ?? ""} ${error.providerMessage ?? ""}`,
    );
  else if (isCloudsnapError(error)) console.error(`${error.name}: ${error.message}`);
  else throw error;
});
