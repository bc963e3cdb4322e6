import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { killChildren } from "./support/run-child";
import { measureThroughput } from "./support/throughput";

// 50 requests/s per account: 20 s for 2,000 targets. The child needs CPU for every request
// (about 1 ms per create on an idle core, 2.5-5 ms under contention, mostly fetch): at 100/s a
// loaded 2-core machine measured 82-98 % of R with the child's event loop 68-90 % busy; on one
// saturated by other work (0 % idle) even 50/s reached 75-86 %. Its CPU share, not the limiter, set
// the pace there. `pnpm bench` reports 100/s and higher.
const R = 50;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cloudsnap-bulk-rate-"));
});
afterAll(async () => {
  killChildren();
  await rm(dir, { recursive: true, force: true });
});

describe("snapshotMany throughput under a provider's rate limit", () => {
  it(`keeps two accounts limited to ${R} requests/s each at 90 % or more of it, with a journal, no duplicate, none lost`, async () => {
    const result = await measureThroughput({
      limit: R,
      targets: 2_000,
      kinds: ["ncloud-vpc", "huaweicloud-evs"],
      concurrency: 32,
      journal: true,
      dir,
      timeoutMs: 90_000,
    });
    console.log(
      `throughput: ${result.targets} targets in ${(result.elapsedMs / 1000).toFixed(1)} s; ` +
        result.accounts
          .map(
            (a) =>
              `${a.provider} ${a.fakeRate.toFixed(1)}/s at the fake, ${a.summaryRate.toFixed(1)}/s reported`,
          )
          .join("; ") +
        `; the child's event loop was busy ${((result.busy?.eventLoopUtilization ?? 0) * 100).toFixed(0)} % of the time ` +
        `(${((result.busy?.cpuMs ?? 0) / 1000).toFixed(1)} s CPU)`,
    );
    expect(result.error).toBeUndefined();
    expect(result.summary).toMatchObject({ total: 2_000, created: 2_000, failed: 0 });
    expect(result.accounts).toHaveLength(2);
    for (const account of result.accounts) {
      expect(account.requests).toBe(1_000);
      expect(account.throttled).toBe(0);
      expect(account.fakeRate).toBeGreaterThanOrEqual(0.9 * R);
      expect(account.fakeRate).toBeLessThanOrEqual(1.05 * R);
      expect(account.summaryRate).toBeGreaterThanOrEqual(0.9 * R);
    }
    expect(result.duplicates).toBe(0);
    expect(result.missing).toBe(0);
  });
});
