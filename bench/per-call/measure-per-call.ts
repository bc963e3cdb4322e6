import { PER_CALL } from "../lib/constants";
import { ratioTo, type Summary, summarize } from "../lib/stats";
import { runInterleavedRounds } from "./run-rounds";
import { createScenarios, type Scenario, VARIANTS } from "./scenarios";
import { type LoopbackServer, type ServerSetup, startLoopbackServer } from "./server-handle";

/** One row of the per-call table. */
export interface PerCallRow {
  readonly scenario: string;
  readonly requests: number;
  readonly variant: string;
  /** Whether this row is the floor the others are compared to. */
  readonly isFloor: boolean;
  /** µs per call, across rounds. */
  readonly summary: Summary;
  readonly ratioToFloor: number;
  readonly overheadUs: number;
}

/** The per-call section's rows and how it ran. */
export interface PerCallResult {
  readonly rows: PerCallRow[];
  readonly roundsRun: number;
  readonly callsPerRound: number;
  readonly elapsedMs: number;
}

/** Settings of a per-call run (defaults in `PER_CALL`). */
export type PerCallOptions = Partial<Record<"rounds" | "callsPerRound" | "warmupCalls" | "budgetMs", number>>;

/**
 * Calls every variant once with the server verifying signatures (so every variant is proven to send
 * correctly signed requests and to read the right answer), then turns verification off for timing.
 */
async function checkVariants(scenarios: readonly Scenario[], server: LoopbackServer): Promise<void> {
  await server.setVerify(true);
  await server.report();
  let requests = 0;
  for (const scenario of scenarios) {
    for (const variant of scenario.variants) {
      const value = await variant.call();
      if (!scenario.isExpected(value)) {
        throw new Error(`${scenario.name} / ${variant.name}: unexpected answer ${value.slice(0, 200)}`);
      }
      requests += scenario.requests;
    }
  }
  const report = await server.report();
  if (report.refused > 0 || report.verified !== requests) {
    throw new Error(
      `signature check: ${report.verified} of ${requests} requests verified, ${report.refused} refused: ${report.reasons.join("; ")}`,
    );
  }
  await server.setVerify(false);
}

/**
 * Runs the per-call section against one loopback keep-alive server and summarizes it. Run it in a
 * plain node process (see run-per-call.ts): loader hooks such as tsx's would tax every `import()`
 * the measured code makes.
 */
export async function measurePerCall(
  setup: ServerSetup,
  options: PerCallOptions = {},
  log = console.error,
): Promise<PerCallResult> {
  const settings = { ...PER_CALL, ...options };
  const server = await startLoopbackServer(setup);
  try {
    const scenarios = createScenarios(server.origin);
    await checkVariants(scenarios, server);
    log(`per call: every variant signs correctly; warming up (${settings.warmupCalls} calls each)…`);
    const result = await runInterleavedRounds(scenarios, {
      ...settings,
      onRound: (round, elapsedMs) =>
        log(`per call: round ${round}/${settings.rounds} done (${(elapsedMs / 1000).toFixed(1)} s)`),
    });
    const after = await server.report();
    if (after.refused > 0) throw new Error(`the server refused requests: ${after.reasons.join("; ")}`);
    const rows: PerCallRow[] = [];
    for (const scenario of scenarios) {
      const perVariant = result.perRoundUs.get(scenario.name);
      const floor = summarize(perVariant?.get(VARIANTS.floor) ?? []).median;
      for (const variant of scenario.variants) {
        const summary = summarize(perVariant?.get(variant.name) ?? []);
        rows.push({
          scenario: scenario.name,
          requests: scenario.requests,
          variant: variant.name,
          isFloor: variant.name === VARIANTS.floor,
          summary,
          ratioToFloor: ratioTo(summary.median, floor),
          overheadUs: summary.median - floor,
        });
      }
    }
    return {
      rows,
      roundsRun: result.roundsRun,
      callsPerRound: settings.callsPerRound,
      elapsedMs: result.elapsedMs,
    };
  } finally {
    await server.stop();
  }
}
