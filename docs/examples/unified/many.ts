import { isRateLimitError, snapshotMany } from "cloudsnap";

// Any iterable or async iterable of targets: an array, or lines streamed from a file (never read
// whole), or pages of an inventory API.
async function* inventory(): AsyncGenerator<string> {
  for (const volume of ["20803168", "20803169", "20803170"]) yield `ncloud-vpc:${volume}?region=KR`;
  yield "huaweicloud-evs:2c194dde-7de5-4529-a141-49f48181f411?region=cn-north-4";
  yield "zstack:e60a0fb0b75743c1b0fcb017e31db043";
}

// Aborting stops new creates; what was already sent is finished and recorded (wire it to Ctrl-C).
const stop = new AbortController();

const summary = await snapshotMany(inventory(), {
  journal: "migration.journal", // run the same call again to resume after a crash (Node, Deno, Bun)
  concurrency: 32,
  rate: { ncloud: 10, huaweicloud: 20 }, // requests per second per account; ZStack keeps its default
  wait: { deadlineMs: 30 * 60_000 },
  signal: stop.signal,
  onEvent(event) {
    if (event.type === "accepted" || event.type === "found") console.log(event.target, event.snapshot.id);
    if (event.type === "failed") {
      const why = isRateLimitError(event.error) ? "throttled" : String(event.error);
      console.error(event.target, why, event.retryable ? "(a re-run retries it)" : "");
    }
    if (event.type === "throttled") console.error(`${event.account}: throttled, now ${event.rate} req/s`);
  },
});

console.log(summary.created, summary.found, summary.skipped, summary.failed);
for (const account of summary.accounts) {
  console.log(account.account, `${account.achievedRate.toFixed(1)} of ${account.ceiling} req/s`);
}
if (summary.failed > 0) throw new Error(`${summary.failed} of ${summary.total} targets failed`);
