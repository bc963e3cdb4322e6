import { createZStackClient } from "cloudsnap";

const zstack = createZStackClient();
try {
  // The node answers 202 with a job; the call follows the job and resolves once the snapshot exists.
  const { inventory } = await zstack.volumeSnapshots.createVolumeSnapshot(
    {
      volumeUuid: "e60a0fb0b75743c1b0fcb017e31db043",
      params: { name: "before-migration", description: "taken by the nightly backup job" },
    },
    {
      deadlineMs: 20 * 60_000,
      onProgress: (state) => console.log(`job ${state.resourceId}: ${state.status}`),
    },
  );
  console.log(`snapshot ${inventory.uuid} is ${inventory.status}`);
} finally {
  await zstack.close(); // logs a session out; nothing to do for AccessKey signing
}
