// Huawei Cloud EVS: take a standard snapshot of a disk, signed with AK/SK.
//
//   npx tsx huaweicloud-evs-create-snapshot.ts <volume_id> [snapshot name]
//
// Credentials: HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (plus HUAWEICLOUD_SDK_SECURITY_TOKEN for
// temporary keys), else ~/.huaweicloud/credentials; the project from HUAWEICLOUD_SDK_PROJECT_ID.
// Region: CLOUDSNAP_EXAMPLE_HUAWEICLOUD_REGION (default cn-north-4). Endpoint: the region's EVS host,
// unless CLOUDSNAP_EXAMPLE_ENDPOINT_EVS names another origin.
import {
  createHuaweiCloudClient,
  isCloudsnapError,
  isConflictError,
  isCredentialsError,
  isHttpError,
  isValidationError,
} from "cloudsnap";

async function main(): Promise<void> {
  const [volumeId, name = `backup-${new Date().toISOString().slice(0, 10)}`] = process.argv.slice(2);
  if (!volumeId) {
    console.error("usage: huaweicloud-evs-create-snapshot.ts <volume_id> [snapshot name]");
    process.exitCode = 2;
    return;
  }
  const huawei = createHuaweiCloudClient({
    region: process.env.CLOUDSNAP_EXAMPLE_HUAWEICLOUD_REGION,
    endpoint: process.env.CLOUDSNAP_EXAMPLE_ENDPOINT_EVS,
  });
  const created = await huawei.evs.createSnapshot({
    snapshot: { volume_id: volumeId, name, description: "taken by the cloudsnap example" },
  });
  console.log(`EVS disk ${volumeId}: snapshot ${created.snapshot_id} (${name}) accepted`);
  console.log(
    created.job_id
      ? `Job ${created.job_id} creates it; it is usable when the job succeeds (see wait-for-snapshot.ts).`
      : "No job id returned: poll showSnapshot until its status is available.",
  );
}

main().catch((error: unknown) => {
  process.exitCode = 1;
  if (isValidationError(error)) console.error(`Not sent, the input is invalid: ${error.message}`);
  else if (isCredentialsError(error)) console.error(`No Huawei Cloud credentials: ${error.message}`);
  // EVS.2409: another snapshot of this disk is in progress; nothing was created, retry later.
  else if (isConflictError(error))
    console.error(`Busy, try again in a minute: ${error.providerMessage ?? error.message}`);
  else if (isHttpError(error))
    console.error(
      `Huawei Cloud refused ${error.operation}: HTTP ${error.status} ${error.code ?? ""} (request ${error.requestId ?? "unknown"})`,
    );
  else if (isCloudsnapError(error)) console.error(`${error.name}: ${error.message}`);
  else throw error;
});
