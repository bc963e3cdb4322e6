import { table } from "../report/markdown";
import type { BulkResults } from "./run-bulk";

const METHOD = `\`snapshotMany\` of the built package, in child processes, against one loopback \`node:http\` fake of
the five snapshot APIs (\`test/bulk/support/fake-cloud.ts\`, the harness of \`pnpm test:bulk\`): spec
example bodies, the account named from its credentials, each account limited by a token bucket
(burst R) that refuses with the provider's own 429 and a Retry-After. The targets stream from a
file, line by line, through an async generator.

- **Throughput**: targets of two accounts (NCP VPC, Huawei EVS) taking turns, a journal, concurrency
  64. "At the fake" counts the answered requests of an account between its first and last; "summary"
  is the run's \`accounts[].achievedRate\`; "busy" is the child's event-loop utilization (near 100 %,
  the machine, not the limiter, set the pace).
- **SIGKILL/resume**: per kind, runs of 30 targets at 300 requests/s, each child killed with SIGKILL at
  a seeded random moment (every third run holds 30 % of create answers back 0.5-2 s after recording
  the create), then resumed by fresh children with the journal (killed again on a coin toss) until
  one finishes. "In doubt": intents without an outcome right after a kill. Duplicates are checked
  after every child, missing and failed targets after the last.
- **Memory**: 100,000 NCP VPC targets against an unlimited fake; RSS sampled every 50 ms (peak) and
  every 10,000 targets, then a forced full GC for the heap still in use ("retained").`;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rate = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "—");

function throughputTable(results: BulkResults): string {
  const rows = results.throughput.flatMap((run) =>
    run.accounts.map((account) => [
      `${run.targets} targets, limit ${run.limit}/s, client ${run.clientRate}/s`,
      account.provider,
      String(account.requests),
      `${account.throttled} (${account.summaryThrottled} backoffs)`,
      `${rate(account.fakeRate)}/s`,
      `${rate(account.summaryRate)}/s`,
      `${((account.fakeRate / run.limit) * 100).toFixed(0)} %`,
      `${(run.elapsedMs / 1000).toFixed(1)} s`,
      `${((run.busy?.eventLoopUtilization ?? Number.NaN) * 100).toFixed(0)} %`,
      `${run.duplicates} / ${run.missing}`,
    ]),
  );
  return table(
    [
      "run",
      "account",
      "requests",
      "429s (backoffs)",
      "at the fake",
      "summary",
      "of the limit",
      "elapsed",
      "busy",
      "dup. / lost",
    ],
    rows,
  );
}

function crashTable(results: BulkResults): string {
  const rows = results.crash.map((r) => [
    r.kind,
    String(r.runs),
    String(r.targets),
    `${r.kills} / ${r.children}`,
    String(r.inDoubt),
    String(r.found),
    String(r.duplicateJobsRefused),
    String(r.duplicates),
    String(r.missing),
    String(r.failed),
    r.problems.length === 0 ? "holds" : `**${r.problems.length} problem(s)**: ${r.problems[0]}`,
  ]);
  return table(
    [
      "kind",
      "runs",
      "targets",
      "kills / children",
      "in doubt",
      "found by lookup",
      "dup. jobs refused",
      "duplicates",
      "missing",
      "failed",
      "proof",
    ],
    rows,
  );
}

function memoryTable(results: BulkResults): string {
  const at = (run: BulkResults["memory"][number], n: number) => run.samples.find((s) => s.targets === n);
  const rows = results.memory.map((run) => [
    run.journal ? "with a journal" : "no journal",
    mb(run.baseline.rss),
    ...[10_000, 50_000, 100_000].map((n) => {
      const s = at(run, n);
      return s ? `${mb(s.rss)} (${mb(s.retained)})` : "—";
    }),
    mb(run.peak),
    mb(run.peak - run.baseline.rss),
    `${(run.elapsedMs / 1000).toFixed(0)} s`,
    run.error ?? `${run.created} created, ${run.duplicates} dup., ${run.missing} lost`,
  ]);
  return table(
    [
      "run",
      "baseline RSS",
      "RSS at 10k (retained)",
      "at 50k",
      "at 100k",
      "peak RSS",
      "peak − baseline",
      "elapsed",
      "outcome",
    ],
    rows,
  );
}

/** The bulk section of results.md. */
export function renderBulk(results: BulkResults): string {
  const seed = results.crash[0]?.seed;
  return [
    "## Bulk: snapshotMany under rate limits, SIGKILL and 100,000 targets",
    "",
    METHOD,
    "",
    `Took ${(results.elapsedMs / 1000).toFixed(0)} s.`,
    "",
    "### Achieved rate against the limit, per account",
    "",
    throughputTable(results),
    "",
    `### SIGKILL and resume (seed ${seed}; replay with \`CLOUDSNAP_BULK_SEED=${seed}\`)`,
    "",
    crashTable(results),
    "",
    "### Memory while streaming 100,000 targets",
    "",
    memoryTable(results),
    "",
  ].join("\n");
}
