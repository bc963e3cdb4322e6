// NAVER Cloud: snapshot a Classic NAS volume and a VPC block storage volume.
//
//   npx tsx ncloud-create-snapshots.ts <nasVolumeInstanceNo> <blockStorageInstanceNo>
//
// Credentials: NCLOUD_ACCESS_KEY_ID and NCLOUD_SECRET_ACCESS_KEY, else ~/.ncloud/configure.
// Endpoints: NAVER Cloud's public gateway, unless CLOUDSNAP_EXAMPLE_ENDPOINT_CLASSIC_NAS and
// CLOUDSNAP_EXAMPLE_ENDPOINT_VSERVER name other origins (a proxy, or the mocks `pnpm examples` starts).
import {
  createNcloudClient,
  isCloudsnapError,
  isCredentialsError,
  isHttpError,
  isResourceNotFoundError,
  isSnapshotCapacityError,
  isValidationError,
  newestNasSnapshotName,
} from "cloudsnap";

async function main(): Promise<void> {
  const [nasVolumeInstanceNo, blockStorageInstanceNo] = process.argv.slice(2);
  if (!nasVolumeInstanceNo || !blockStorageInstanceNo) {
    console.error("usage: ncloud-create-snapshots.ts <nasVolumeInstanceNo> <blockStorageInstanceNo>");
    process.exitCode = 2;
    return;
  }
  const ncloud = createNcloudClient({
    endpoints: {
      classicNas: process.env.CLOUDSNAP_EXAMPLE_ENDPOINT_CLASSIC_NAS,
      vserver: process.env.CLOUDSNAP_EXAMPLE_ENDPOINT_VSERVER,
    },
  });

  // Classic NAS: cloudsnap first checks the volume's snapshot reserve (an overflow may delete older
  // snapshots), then answers with every snapshot of the volume; the new one is the newest.
  const nas = await ncloud.classicNas.createNasVolumeSnapshot({ nasVolumeInstanceNo });
  console.log(
    `Classic NAS volume ${nasVolumeInstanceNo}: snapshot ${newestNasSnapshotName(nas)} taken (${nas.nasVolumeSnapshotList?.length ?? 0} on the volume)`,
  );

  // VPC block storage answers with the new snapshot, usually still INIT (being created).
  const vpc = await ncloud.vserver.createBlockStorageSnapshotInstance({
    originalBlockStorageInstanceNo: blockStorageInstanceNo,
    blockStorageSnapshotName: `backup-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}`,
    blockStorageSnapshotDescription: "taken by the cloudsnap example",
    responseFormatType: "json",
  });
  for (const snapshot of vpc.blockStorageSnapshotInstanceList ?? []) {
    console.log(
      `VPC block storage ${blockStorageInstanceNo}: snapshot ${snapshot.blockStorageSnapshotInstanceNo} (${snapshot.blockStorageSnapshotName}) is ${snapshot.blockStorageSnapshotInstanceStatus.code}`,
    );
  }
}

main().catch((error: unknown) => {
  process.exitCode = 1;
  // The guards compare error names, so they work across bundles and realms.
  if (isValidationError(error)) console.error(`Not sent, the input is invalid: ${error.message}`);
  else if (isSnapshotCapacityError(error))
    console.error(
      `Not sent, the snapshot reserve is too full (${error.risk}): ${error.freeBytes} of ${error.capacityBytes} bytes free`,
    );
  else if (isResourceNotFoundError(error)) console.error(`No such volume: ${error.message}`);
  else if (isCredentialsError(error)) console.error(`No NAVER Cloud credentials: ${error.message}`);
  else if (isHttpError(error))
    console.error(
      `NAVER Cloud refused ${error.operation}: HTTP ${error.status} ${error.code ?? ""} ${error.providerMessage ?? error.message}`,
    );
  else if (isCloudsnapError(error)) console.error(`${error.name}: ${error.message}`);
  else throw error;
});
