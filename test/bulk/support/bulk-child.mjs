// One bulk run in a process of its own, for the crash, throughput and memory proofs: snapshotMany
// over a targets file (streamed line by line, never loaded whole) against the fake cloud. Plain
// JavaScript importing the built package, so a child starts in about 0.1 s (no TypeScript loader)
// and runs what users install. Writes JSON Lines to stdout: `ready` just before the run starts,
// the events asked for, then `summary` (and `memory` when sampling; run it with --expose-gc for the
// retained heap) or `error`.
//
// argv[2]: JSON { origin, targetsFile, journal?, rate, concurrency, credentials, events?, sampleEvery? }

import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { snapshotMany } from "cloudsnap";

const config = JSON.parse(process.argv[2] ?? "{}");
// stdout is a pipe: writes are synchronous on Linux, so a line written is not lost to a SIGKILL.
const write = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);

let pulled = 0;
const samples = [];
let peak = 0;
const rss = () => {
  const value = process.memoryUsage.rss();
  if (value > peak) peak = value;
  return value;
};

// RSS as it is, then (run with --expose-gc) the heap still in use after a full collection: what
// the run retains, which grows with the targets if anything is kept per target.
const sample = () => {
  const at = { targets: pulled, rss: rss() };
  if (typeof globalThis.gc !== "function") return at;
  globalThis.gc();
  return { ...at, retained: process.memoryUsage().heapUsed };
};

async function* targets() {
  const lines = createInterface({
    input: createReadStream(config.targetsFile),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (line === "") continue;
    pulled += 1;
    if (config.sampleEvery && pulled % config.sampleEvery === 0) samples.push(sample());
    yield line;
  }
}

const shown = new Set(config.events ?? []);
const sampler = config.sampleEvery ? setInterval(rss, 50) : undefined;
const baseline = sample();
write({ type: "ready", pid: process.pid });
try {
  const summary = await snapshotMany(targets(), {
    endpoint: config.origin,
    credentials: config.credentials,
    rate: config.rate,
    concurrency: config.concurrency,
    ...(config.journal ? { journal: config.journal } : {}),
    onEvent: (event) => {
      if (!shown.has(event.type)) return;
      const { snapshot, error, ...rest } = event;
      write({
        ...rest,
        ...(snapshot ? { id: snapshot.id } : {}),
        ...(error ? { error: `${error.name}: ${error.message}` } : {}),
      });
    },
  });
  if (sampler) clearInterval(sampler);
  if (config.sampleEvery) write({ type: "memory", baseline, peak, samples, end: sample() });
  // How busy this process was: near 1, it, not the rate limit, set the pace.
  const { utilization } = performance.eventLoopUtilization();
  const { user, system } = process.cpuUsage();
  write({ type: "summary", summary, eventLoopUtilization: utilization, cpuMs: (user + system) / 1000 });
} catch (error) {
  write({
    type: "error",
    message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });
  process.exitCode = 1;
}
