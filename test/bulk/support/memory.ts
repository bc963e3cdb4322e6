// The memory proof: a bulk run streaming N targets (read from a file line by line, handed to
// snapshotMany by an async generator, never held in an array) against a fast fake, in a child that
// samples its RSS as it goes. RSS should stay flat: a run that loads the targets, or keeps a record
// per target, grows with N.

import { join } from "node:path";
import { startFakeCloud } from "./fake-cloud";
import { killChildren, runChild } from "./run-child";
import { CREDENTIALS, targetList, writeTargets } from "./targets";

export interface MemoryOptions {
  readonly targets: number;
  readonly journal: boolean;
  /** Sample RSS every this many targets. */
  readonly sampleEvery: number;
  readonly dir: string;
  readonly timeoutMs: number;
}

/** RSS, and the heap in use right after a forced full collection (what the run retains), bytes. */
export interface MemorySample {
  readonly targets: number;
  readonly rss: number;
  readonly retained: number;
}

export interface MemoryResult {
  readonly targets: number;
  readonly journal: boolean;
  /** The child just before the run (after importing cloudsnap). */
  readonly baseline: MemorySample;
  /** Highest RSS seen (sampled every 50 ms and at every sample point), bytes. */
  readonly peak: number;
  /** Every `sampleEvery` targets pulled. */
  readonly samples: readonly MemorySample[];
  /** After the run (every target done). */
  readonly end: MemorySample;
  readonly elapsedMs: number;
  readonly created: number;
  readonly duplicates: number;
  readonly missing: number;
  readonly error: string | undefined;
}

const KIND = "ncloud-vpc";

export async function measureMemory(options: MemoryOptions): Promise<MemoryResult> {
  // High enough never to be what limits the run: this measures memory, not rate.
  const fake = await startFakeCloud({ rate: 1_000_000 });
  try {
    const targetsFile = join(options.dir, `memory-${options.targets}.txt`);
    await writeTargets(targetsFile, targetList([KIND], options.targets));
    const child = await runChild(
      {
        origin: fake.origin,
        targetsFile,
        ...(options.journal ? { journal: join(options.dir, `memory-${options.targets}.jsonl`) } : {}),
        rate: 10_000,
        concurrency: 64,
        credentials: CREDENTIALS,
        sampleEvery: options.sampleEvery,
      },
      { timeoutMs: options.timeoutMs },
    );
    const memory = child.lines.find((line) => line.type === "memory") as
      | { baseline: MemorySample; peak: number; samples: MemorySample[]; end: MemorySample }
      | undefined;
    const none = { targets: 0, rss: 0, retained: 0 };
    const audit = fake.audit(targetList([KIND], options.targets));
    return {
      targets: options.targets,
      journal: options.journal,
      baseline: memory?.baseline ?? none,
      peak: memory?.peak ?? 0,
      samples: memory?.samples ?? [],
      end: memory?.end ?? none,
      elapsedMs: Number(child.summary?.elapsedMs ?? child.runMs),
      created: Number(child.summary?.created ?? 0),
      duplicates: audit.duplicates.length,
      missing: audit.missing.length,
      error: child.error ?? (child.code === 0 ? undefined : child.stderr.slice(0, 500)),
    };
  } finally {
    killChildren();
    await fake.close();
  }
}
