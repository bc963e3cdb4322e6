// The bulk section of `pnpm bench`: snapshotMany (the built package, in child processes) against
// the rate-limited loopback fake of test/bulk/support — the same harness as `pnpm test:bulk`, at a
// larger scale: achieved rate against the limit per account, throttling backoffs, SIGKILL/resume
// per provider kind, and RSS while streaming 100,000 targets.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CrashReport, crashRuns } from "../../test/bulk/support/crash-runs";
import { type MemoryResult, measureMemory } from "../../test/bulk/support/memory";
import { killChildren } from "../../test/bulk/support/run-child";
import { runSeed } from "../../test/bulk/support/seeded-random";
import { KINDS } from "../../test/bulk/support/targets";
import { measureThroughput, type ThroughputResult } from "../../test/bulk/support/throughput";

/** What the bulk section measured. */
export interface BulkResults {
  readonly throughput: readonly ThroughputResult[];
  readonly crash: readonly CrashReport[];
  readonly memory: readonly MemoryResult[];
  readonly elapsedMs: number;
}

/** Sizes of the bulk section (the test runs the same harness smaller). */
export const BULK = {
  /** [limit per account, client rate, targets]: at the limit, above the ceiling of the test, and over it. */
  throughput: [
    [100, 100, 2_000],
    [250, 250, 5_000],
    [100, 150, 3_000],
  ],
  crashRuns: 20,
  crashTargets: 30,
  memoryTargets: 100_000,
} as const;

const log = (line: string) => console.error(`bulk: ${line}`);

export async function runBulk(): Promise<BulkResults> {
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), "cloudsnap-bench-bulk-"));
  try {
    const throughput: ThroughputResult[] = [];
    for (const [limit, clientRate, targets] of BULK.throughput) {
      log(`throughput: ${targets} targets, limit ${limit}/s per account, client rate ${clientRate}/s`);
      throughput.push(
        await measureThroughput({
          limit,
          clientRate,
          targets,
          kinds: ["ncloud-vpc", "huaweicloud-evs"],
          concurrency: 64,
          journal: true,
          dir,
          timeoutMs: 300_000,
        }),
      );
    }
    const seed = runSeed();
    log(`SIGKILL/resume: ${BULK.crashRuns} runs x ${KINDS.length} kinds, seed ${seed}`);
    const crash = await crashRuns({
      kinds: KINDS,
      runs: BULK.crashRuns,
      targets: BULK.crashTargets,
      seed,
      rate: 300,
      concurrency: 8,
      slowEvery: 3,
      slow: { share: 0.3, minMs: 500, maxMs: 2_000 },
      maxKills: 2,
      dir,
      lanes: 4,
      childTimeoutMs: 60_000,
    });
    const memory: MemoryResult[] = [];
    for (const journal of [false, true]) {
      log(`memory: ${BULK.memoryTargets} targets ${journal ? "with" : "without"} a journal`);
      memory.push(
        await measureMemory({
          targets: BULK.memoryTargets,
          journal,
          sampleEvery: 10_000,
          dir,
          timeoutMs: 900_000,
        }),
      );
    }
    return { throughput, crash, memory, elapsedMs: performance.now() - started };
  } finally {
    killChildren();
    await rm(dir, { recursive: true, force: true });
  }
}
