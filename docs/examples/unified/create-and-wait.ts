import { createSnapshot, isSnapshotFailedError, isWaiterTimeoutError, waitForSnapshot } from "cloudsnap";

// Nothing is sent before the target, the options and the name have been checked.
const accepted = await createSnapshot("ncloud-vpc:20803168?region=KR", { name: "before-migration" });
console.log(`${accepted.api} snapshot ${accepted.id}: ${accepted.status} (${accepted.providerStatus})`);

try {
  const ready = await waitForSnapshot(accepted, {
    deadlineMs: 20 * 60_000,
    onProgress: (state) => console.log(`poll ${state.attempt}: ${state.status} after ${state.elapsedMs} ms`),
  });
  console.log(`ready: ${ready.sizeBytes} bytes, taken at ${ready.createdAt}`);
} catch (error) {
  if (isSnapshotFailedError(error)) console.error(`failed: ${error.providerStatus} ${error.reason ?? ""}`);
  else if (isWaiterTimeoutError(error))
    console.error(`still ${error.lastState?.status}; it may still finish`);
  throw error;
}
