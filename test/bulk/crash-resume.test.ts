import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crashRuns } from "./support/crash-runs";
import { killChildren } from "./support/run-child";
import { runSeed } from "./support/seeded-random";
import { KINDS } from "./support/targets";

const SEED = runSeed();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cloudsnap-bulk-crash-"));
  console.log(`crash proof seed ${SEED} (replay with CLOUDSNAP_BULK_SEED=${SEED})`);
});
afterAll(async () => {
  killChildren();
  await rm(dir, { recursive: true, force: true });
});

describe("snapshotMany killed with SIGKILL and resumed with its journal", () => {
  it("leaves every target of all five kinds with exactly one snapshot after 20 runs each", async () => {
    const reports = await crashRuns({
      kinds: KINDS,
      runs: 20,
      targets: 20,
      seed: SEED,
      rate: 300,
      concurrency: 8,
      // Every third run holds 30 % of creates' answers back 0.3-1 s after recording them.
      slowEvery: 3,
      slow: { share: 0.3, minMs: 300, maxMs: 1_000 },
      maxKills: 2,
      dir,
      lanes: 4,
      childTimeoutMs: 30_000,
    });
    for (const r of reports) {
      console.log(
        `${r.kind}: ${r.runs} runs, ${r.targets} targets, ${r.kills} kills, ${r.inDoubt} creates in doubt, ` +
          `${r.found} found by lookup, ${r.duplicateJobsRefused} duplicate jobs refused, ` +
          `${r.duplicates} duplicates, ${r.missing} missing, ${r.failed} failed (seed ${r.seed})`,
      );
    }
    for (const r of reports) {
      expect(r.problems, `${r.kind}, seed ${SEED}`).toStrictEqual([]);
      expect(r).toMatchObject({ duplicates: 0, missing: 0, failed: 0 });
      expect(r.kills).toBeGreaterThanOrEqual(r.runs / 2);
    }
    // Over 100 runs some kill lands while creates are in flight, and a resume finds them.
    expect(reports.reduce((n, r) => n + r.inDoubt, 0)).toBeGreaterThan(0);
  });
});
