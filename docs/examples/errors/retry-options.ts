import { createNcloudClient, createZStackClient } from "cloudsnap";

// For every call of this client: up to 5 tries, waits from 1 s doubling to 20 s, 10 min in all.
const ncloud = createNcloudClient({
  regionCode: "KR",
  retry: { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 20_000 },
  overallTimeoutMs: 10 * 60_000,
});

// For one call: no retries at all.
await ncloud.vserver.getBlockStorageSnapshotInstanceList(
  { responseFormatType: "json" },
  { retry: { maxAttempts: 1 } },
);

// Opting in to retrying a create after a timeout or 5xx: only if a second snapshot does no harm.
await ncloud.vserver.createBlockStorageSnapshotInstance(
  { originalBlockStorageInstanceNo: "3168", responseFormatType: "json" },
  { retry: { unsafeRetries: true } },
);

// ZStack: choose the job id yourself to find the job again after a crash; retries reuse it.
const zstack = createZStackClient();
const jobUuid = crypto.randomUUID().replaceAll("-", "");
await zstack.volumeSnapshots.createVolumeSnapshot({
  volumeUuid: "e60a0fb0b75743c1b0fcb017e31db043",
  "X-Job-UUID": jobUuid,
  params: { name: "before-migration" },
});
