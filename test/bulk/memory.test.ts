import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureMemory } from "./support/memory";
import { killChildren } from "./support/run-child";

// `pnpm bench` streams 100,000 targets; the test a tenth of that, per mode.
const TARGETS = 10_000;
const EVERY = 2_000;
const MB = 1024 * 1024;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cloudsnap-bulk-memory-"));
});
afterAll(async () => {
  killChildren();
  await rm(dir, { recursive: true, force: true });
});

describe("snapshotMany memory while streaming targets", () => {
  it.each([false, true])("stays flat over %s journal", async (journal) => {
    const result = await measureMemory({
      targets: TARGETS,
      journal,
      sampleEvery: EVERY,
      dir,
      timeoutMs: 120_000,
    });
    const mb = (bytes: number) => (bytes / MB).toFixed(1);
    console.log(
      `memory ${journal ? "with" : "without"} a journal: baseline ${mb(result.baseline.rss)} MB, peak ${mb(result.peak)} MB; ` +
        result.samples.map((s) => `${s.targets}: ${mb(s.rss)} MB (${mb(s.retained)} retained)`).join(", "),
    );
    expect(result.error).toBeUndefined();
    expect(result).toMatchObject({ created: TARGETS, duplicates: 0, missing: 0 });
    const first = result.samples[0];
    const last = result.samples.at(-1);
    expect(first?.targets).toBe(EVERY);
    expect(last?.targets).toBe(TARGETS);
    // Generous bounds that still catch a run that loads the list or keeps something per target.
    expect(result.peak - result.baseline.rss).toBeLessThan(150 * MB);
    expect(last?.rss ?? 0).toBeLessThanOrEqual(2 * (first?.rss ?? 0));
    // The heap in use after a full collection: 8,000 more targets may not add 8 MB (1 KB each).
    expect((last?.retained ?? 0) - (first?.retained ?? 0)).toBeLessThan(8 * MB);
  });
});
