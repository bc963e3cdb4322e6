import type { ClientReliabilityOptions } from "cloudsnap";
import type { Fault, Phase, SeenRequest } from "./fault";
import { startFaultServer } from "./fault-server";
import type { Target, WaitSettings } from "./target";

/**
 * Short timeouts and delays, so that every fault settles within seconds, yet with room for a busy
 * 2-core CI machine running other suites beside this one (an attempt must not time out by load).
 */
export const RELIABILITY = {
  timeoutMs: 1_500,
  overallTimeoutMs: 9_000,
  retry: { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 60, jitter: "none", maxRetryAfterMs: 300 },
} as const satisfies ClientReliabilityOptions;

/** How the waiters poll in these tests. */
export const WAIT = {
  intervalMs: 10,
  maxIntervalMs: 40,
  deadlineMs: 6_000,
  timeoutMs: RELIABILITY.timeoutMs,
} as const satisfies WaitSettings;

/** What happened when one fault met one create (or its waiter). */
export interface CaseResult {
  readonly value: unknown;
  readonly error: unknown;
  readonly elapsedMs: number;
  readonly seen: readonly SeenRequest[];
  /** The create requests the server received. */
  readonly creates: readonly SeenRequest[];
  /** Connection attempts refused (the server was down). */
  readonly refused: number;
}

/** Overrides of one case: the waiter's settings and the create's call options. */
export interface CaseOptions {
  readonly wait?: WaitSettings;
  readonly call?: { readonly overallTimeoutMs?: number };
}

function isRefused(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if ((current as { code?: unknown }).code === "ECONNREFUSED") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Starts a fault server for `target`, calls the create (phase `create`) or its `…AndWait` form
 * (phase `poll`) through the real `fetch`, and reports what the server saw. The `fetch` passed to
 * the client only forwards; it notes refused connections so the server can come back up.
 */
export async function runCase(
  target: Target,
  phase: Phase,
  fault: Fault,
  options: CaseOptions = {},
): Promise<CaseResult> {
  const server = await startFaultServer(target, phase, fault);
  let refused = 0;
  const fetch = async (request: Request) => {
    try {
      return await globalThis.fetch(request);
    } catch (error) {
      if (isRefused(error)) {
        refused += 1;
        await server.noteRefused();
      }
      throw error;
    }
  };
  const wait = options.wait ?? WAIT;
  const calls = target.calls({ origin: server.url, reliability: RELIABILITY, fetch, wait });
  const started = performance.now();
  let value: unknown;
  let error: unknown;
  try {
    value = await (phase === "create" ? calls.create() : calls.createAndWait(wait, options.call));
  } catch (caught) {
    error = caught;
  }
  const elapsedMs = performance.now() - started;
  await server.close();
  const seen = [...server.seen];
  return { value, error, elapsedMs, seen, creates: seen.filter((s) => s.role === "create"), refused };
}
