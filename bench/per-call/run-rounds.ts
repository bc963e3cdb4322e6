import { Bench } from "tinybench";
import { rotate } from "../lib/stats";
import type { Scenario } from "./scenarios";

/** How many rounds, how long each, and the wall-clock bound. */
export interface RoundOptions {
  readonly rounds: number;
  readonly callsPerRound: number;
  readonly warmupCalls: number;
  /** No new round starts after this long; the rounds that ran are reported. */
  readonly budgetMs: number;
  /** One tinybench run (one scenario in one round) may take this long before the bench gives up. */
  readonly runTimeoutMs: number;
  readonly onRound?: (round: number, elapsedMs: number) => void;
}

/** Per-round medians, in µs per call, of each variant of each scenario. */
export interface RoundsResult {
  /** scenario name → variant name → one value per round */
  readonly perRoundUs: Map<string, Map<string, number[]>>;
  readonly roundsRun: number;
  readonly elapsedMs: number;
}

async function runBench(bench: Bench, timeoutMs: number, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([bench.run(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Warms every variant up, then runs interleaved rounds: in each round every scenario gets one
 * tinybench `Bench` of exactly `callsPerRound` sequential calls per variant, the variants in an order
 * rotated by the round number, and each task's median latency is kept. Bounded by `rounds` and
 * `budgetMs`, and each run by `runTimeoutMs`.
 */
export async function runInterleavedRounds(
  scenarios: readonly Scenario[],
  options: RoundOptions,
): Promise<RoundsResult> {
  const perRoundUs = new Map(
    scenarios.map((s) => [s.name, new Map(s.variants.map((v) => [v.name, [] as number[]]))]),
  );
  for (const scenario of scenarios) {
    const warmup = new Bench({ iterations: options.warmupCalls, time: 0, warmup: false, throws: true });
    for (const variant of scenario.variants) warmup.add(variant.name, variant.call);
    await runBench(warmup, options.runTimeoutMs, `warm-up of ${scenario.name}`);
  }
  const started = performance.now();
  let round = 0;
  while (round < options.rounds && performance.now() - started < options.budgetMs) {
    for (const scenario of scenarios) {
      const bench = new Bench({ iterations: options.callsPerRound, time: 0, warmup: false, throws: true });
      for (const variant of rotate(scenario.variants, round)) bench.add(variant.name, variant.call);
      await runBench(bench, options.runTimeoutMs, `round ${round + 1} of ${scenario.name}`);
      for (const task of bench.tasks) {
        const result = task.result;
        if (result.state !== "completed") throw new Error(`${scenario.name} / ${task.name}: ${result.state}`);
        perRoundUs
          .get(scenario.name)
          ?.get(task.name)
          ?.push(result.latency.p50 * 1_000);
      }
    }
    round++;
    options.onRound?.(round, performance.now() - started);
  }
  return { perRoundUs, roundsRun: round, elapsedMs: performance.now() - started };
}
