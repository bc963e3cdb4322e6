import { createZStackClient, isJobExpiredError, waitForVolumeSnapshot } from "cloudsnap";

const zstack = createZStackClient();
// Choose the snapshot's UUID (32 lower-case hex digits) so it can be found whatever happens to the job.
const uuid = crypto.randomUUID().replaceAll("-", "");

try {
  await zstack.volumeSnapshots.createVolumeSnapshot({
    volumeUuid: "e60a0fb0b75743c1b0fcb017e31db043",
    params: { name: "before-migration", resourceUuid: uuid },
  });
} catch (error) {
  if (!isJobExpiredError(error)) throw error;
  // The node forgot the job's result (after 3 hours by default); the snapshot may well exist.
  const inventory = await waitForVolumeSnapshot(zstack.volumeSnapshots, { uuid });
  console.log(`found ${inventory.uuid}: ${inventory.status}`);
} finally {
  await zstack.close();
}
