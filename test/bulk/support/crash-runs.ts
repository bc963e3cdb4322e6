// The crash proof: runs of snapshotMany in a child process killed with SIGKILL at a random moment
// (seeded), then resumed by fresh children with the same journal (possibly killed again) until one
// finishes. After every child the fake must show no target with two snapshots; after the last,
// every target with exactly one, and the run must report no failure.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type FakeCloud, startFakeCloud } from "./fake-cloud";
import { type ChildResult, killChildren, runChild } from "./run-child";
import { seededRandom } from "./seeded-random";
import type { FakeApi } from "./store";
import { CREDENTIALS, targetList, writeTargets } from "./targets";

export interface CrashOptions {
  readonly kinds: readonly FakeApi[];
  /** Runs per kind. */
  readonly runs: number;
  readonly targets: number;
  readonly seed: number;
  /** The client's rate and the fake's limit, requests per second. */
  readonly rate: number;
  readonly concurrency: number;
  /** Every how many runs one answers creates slowly (e.g. 3: runs 0, 3, 6, …). */
  readonly slowEvery: number;
  readonly slow: { readonly share: number; readonly minMs: number; readonly maxMs: number };
  /** Children that may be killed before one is let finish (the first always may). */
  readonly maxKills: number;
  /** A scratch directory for target files and journals. */
  readonly dir: string;
  /** Runs side by side, each lane with its own fake (a 2-core machine: 2). */
  readonly lanes: number;
  readonly childTimeoutMs: number;
}

/** One kind's figures over all its runs. */
export interface CrashReport {
  readonly kind: FakeApi;
  readonly seed: number;
  readonly runs: number;
  readonly targets: number;
  /** Children killed by SIGKILL while running (a kill can come after a child finished). */
  readonly kills: number;
  readonly children: number;
  /** Intents without an outcome in the journal right after a kill: creates in doubt. */
  readonly inDoubt: number;
  /** Targets a resumed child found at the provider instead of creating again. */
  readonly found: number;
  /** Creates ZStack refused as a duplicate job (a resumed create whose first copy had arrived). */
  readonly duplicateJobsRefused: number;
  readonly duplicates: number;
  readonly missing: number;
  /** Targets the finishing child reported failed. */
  readonly failed: number;
  /** Time spent in this kind's runs, summed over lanes. */
  readonly elapsedMs: number;
  /** What went wrong, one line per problem (empty when the proof holds). */
  readonly problems: readonly string[];
}

type Totals = Record<
  "kills" | "children" | "inDoubt" | "found" | "duplicateJobsRefused" | "duplicates" | "missing" | "failed",
  number
>;

interface Plan {
  readonly kind: FakeApi;
  readonly run: number;
  readonly slow: boolean;
  readonly kills: readonly number[];
  readonly fakeSeed: number;
}

/**
 * Runs `options.runs` crash-and-resume runs of each kind, `lanes` at a time (the kinds' runs in one
 * pool, so no lane idles while another finishes a kind), and reports per kind.
 */
export async function crashRuns(options: CrashOptions): Promise<CrashReport[]> {
  const random = seededRandom(options.seed);
  // Drawn up front, so a seed replays the same plans whatever the lanes' interleaving.
  const plans: Plan[] = options.kinds.flatMap((kind) =>
    Array.from({ length: options.runs }, (_, run) => ({
      kind,
      run,
      slow: run % options.slowEvery === 0,
      kills: killPlan(random, options.maxKills),
      fakeSeed: Math.floor(random() * 2 ** 32),
    })),
  );
  const zero = (): Totals => ({
    kills: 0,
    children: 0,
    inDoubt: 0,
    found: 0,
    duplicateJobsRefused: 0,
    duplicates: 0,
    missing: 0,
    failed: 0,
  });
  const perKind = new Map(
    options.kinds.map((kind) => [kind, { totals: zero(), problems: [] as string[], ms: 0 }]),
  );
  const fakes: FakeCloud[] = [];
  try {
    for (let lane = 0; lane < options.lanes; lane += 1)
      fakes.push(await startFakeCloud({ rate: options.rate }));
    let next = 0;
    await Promise.all(
      fakes.map(async (fake) => {
        for (let plan = plans[next++]; plan; plan = plans[next++]) {
          const mine = perKind.get(plan.kind) as { totals: Totals; problems: string[]; ms: number };
          const started = performance.now();
          await oneRun(fake, plan, options, mine.totals, mine.problems);
          mine.ms += performance.now() - started;
        }
      }),
    );
  } finally {
    killChildren();
    await Promise.all(fakes.map((fake) => fake.close()));
  }
  return options.kinds.map((kind) => {
    const { totals, problems, ms } = perKind.get(kind) as { totals: Totals; problems: string[]; ms: number };
    return {
      kind,
      seed: options.seed,
      runs: options.runs,
      targets: options.runs * options.targets,
      ...totals,
      elapsedMs: ms,
      problems,
    };
  });
}

async function oneRun(
  fake: FakeCloud,
  plan: Plan,
  options: CrashOptions,
  totals: Totals,
  problems: string[],
): Promise<void> {
  const { kind, run } = plan;
  const label = `${kind} run ${run} (seed ${options.seed})`;
  fake.reset();
  fake.configure({ seed: plan.fakeSeed, ...(plan.slow ? { slow: options.slow } : { slow: undefined }) });
  const targets = [...targetList([kind], options.targets, run * options.targets)];
  const targetsFile = join(options.dir, `${kind}-${run}.txt`);
  const journal = join(options.dir, `${kind}-${run}.jsonl`);
  await writeTargets(targetsFile, targets);
  // A kill lands within the time a child usually needs (slow creates are held up to maxMs).
  const windowMs = 150 + (options.targets * 1000) / options.rate + (plan.slow ? options.slow.maxMs : 0);
  const config = {
    origin: fake.origin,
    targetsFile,
    journal,
    rate: options.rate,
    concurrency: options.concurrency,
    credentials: CREDENTIALS,
    events: ["found", "failed"],
  };
  let last: ChildResult | undefined;
  // Killed while the plan says so (a kill may come after the child finished), then let finish.
  for (let attempt = 0; attempt <= plan.kills.length; attempt += 1) {
    const share = plan.kills[attempt];
    const killAfterReadyMs = share === undefined ? undefined : Math.round(share * windowMs);
    const child = await runChild(config, {
      timeoutMs: options.childTimeoutMs,
      ...(killAfterReadyMs === undefined ? {} : { killAfterReadyMs }),
    });
    totals.children += 1;
    totals.found += child.lines.filter((line) => line.type === "found").length;
    if (child.timedOut) problems.push(`${label}: a child ran past ${options.childTimeoutMs} ms`);
    if (child.killed) {
      totals.kills += 1;
      totals.inDoubt += await countInDoubt(journal);
    } else if (child.code !== 0 || !child.summary) {
      problems.push(`${label}: the child exited ${child.code}: ${child.error ?? child.stderr.slice(0, 300)}`);
    }
    const audit = fake.audit(targets);
    if (audit.duplicates.length > 0) {
      totals.duplicates += audit.duplicates.length;
      problems.push(`${label}: duplicates ${JSON.stringify(audit.duplicates.slice(0, 3))}`);
      return;
    }
    last = child;
    if (!child.killed) break;
  }
  const audit = fake.audit(targets);
  totals.duplicateJobsRefused += fake.store.duplicateJobsRefused;
  totals.missing += audit.missing.length;
  if (audit.missing.length > 0) problems.push(`${label}: missing ${audit.missing.slice(0, 3).join(", ")}`);
  if (audit.stray > 0) problems.push(`${label}: ${audit.stray} snapshot(s) of volumes not in the list`);
  const summary = last?.summary as { failed?: number; total?: number } | undefined;
  const failed = summary?.failed ?? 0;
  totals.failed += failed;
  if (failed > 0) {
    const why = last?.lines.find((line) => line.type === "failed");
    problems.push(`${label}: the last child reported ${failed} failed, e.g. ${JSON.stringify(why)}`);
  }
  if (summary && summary.total !== options.targets) problems.push(`${label}: total ${summary.total}`);
}

/** When to kill each child, as a share of the kill window: the first always, each next one on a coin toss. */
function killPlan(random: () => number, max: number): number[] {
  const kills = [random()];
  while (kills.length < max && random() < 0.5) kills.push(random());
  return kills;
}

/** Targets whose intent the journal holds without an outcome. */
async function countInDoubt(journal: string): Promise<number> {
  const text = await readFile(journal, "utf8").catch(() => "");
  const open = new Set<number>();
  for (const line of text.split("\n").slice(1)) {
    let record: { type?: string; seq?: number };
    try {
      record = JSON.parse(line);
    } catch {
      continue; // the torn last line
    }
    if (record.type === "intent" && record.seq !== undefined) open.add(record.seq);
    if (record.type === "outcome" && record.seq !== undefined) open.delete(record.seq);
  }
  return open.size;
}
