import { createNcloudClient, isSnapshotCapacityError } from "cloudsnap";

const ncloud = createNcloudClient();

try {
  // Checks the volume's snapshot reserve, takes the snapshot (NAS answers in XML; cloudsnap decodes
  // it like JSON), then waits until the new snapshot is listed and no longer busy.
  const snapshot = await ncloud.classicNas.createNasVolumeSnapshotAndWait({ nasVolumeInstanceNo: "2384712" });
  console.log(`${snapshot.nasVolumeSnapshotName} is settled`);
} catch (error) {
  if (!isSnapshotCapacityError(error)) throw error;
  // Nothing was created: a new snapshot could overflow the reserve, and NAS would delete old ones.
  console.error(`${error.risk}: ${error.freeBytes} of ${error.capacityBytes} bytes free (${error.rule})`);
}
