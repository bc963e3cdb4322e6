import {
  DecodeError,
  JobExpiredError,
  NetworkError,
  ServerError,
  SnapshotFailedError,
  TimeoutError,
  WaiterTimeoutError,
} from "cloudsnap";
import { expect } from "vitest";
import { placesShowing } from "./canary";
import type { Expectation, Outcome } from "./expectations";
import type { Fault, Phase } from "./fault";
import { RETRY_AFTER_SECONDS } from "./faults/status";
import { type CaseResult, RELIABILITY, WAIT } from "./run-case";
import type { Target } from "./target";

const CLASSES: Record<Exclude<Outcome, "ok">, abstract new (...args: never[]) => Error> = {
  NetworkError,
  TimeoutError,
  ServerError,
  DecodeError,
  WaiterTimeoutError,
  JobExpiredError,
  SnapshotFailedError,
};

/** Creates the server may have run: refusals (throttled, skewed clock, duplicate id) did not. */
const REFUSED = new Set(["throttled", "skew-rejected"]);

/** How long a case may take at most: a correctness bound (nothing hangs), not a speed target. */
export function settleBound(phase: Phase): number {
  return phase === "create"
    ? RELIABILITY.overallTimeoutMs + 1_000
    : RELIABILITY.overallTimeoutMs + WAIT.deadlineMs + 1_000;
}

/** The test name: "ncloud vserver create: 503 → ServerError, 1 create received". */
export function caseName(target: Target, phase: Phase, fault: Fault, want: Expectation): string {
  const subject = phase === "create" ? target.label : `${target.label}AndWait, waiter poll`;
  const creates = `${want.creates} create${want.creates === 1 ? "" : "s"} received`;
  return `${subject}: ${fault.label} → ${want.outcome}, ${creates}`;
}

/** Every check of one case: outcome, creates received, safety of re-sent creates, time, secrets. */
export function assertCase(
  target: Target,
  phase: Phase,
  fault: Fault,
  want: Expectation,
  result: CaseResult,
) {
  const { error, creates } = result;
  if (want.outcome === "ok") {
    expect(error, `expected success (${want.rule}), got ${String(error)}`).toBeUndefined();
    expect(JSON.stringify(result.value) ?? "").not.toContain(target.canary);
  } else {
    expect(error, want.rule).toBeInstanceOf(CLASSES[want.outcome]);
    expect((error as Error).name).toBe(want.outcome);
    if (want.fields) expect(error).toMatchObject(want.fields);
    expect(placesShowing(error, target.canary), "the canary secret leaked").toEqual([]);
  }
  expect(creates.length, "create requests received").toBe(want.creates);
  // Never two creates that may both have run, unless ZStack's X-Job-UUID (equal on both) makes it safe.
  const ran = creates.filter((c) => !REFUSED.has(c.disposition));
  if (ran.length > 1) {
    expect(ran[0]?.identity).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(ran.map((c) => c.identity)).size, "re-sent creates carry one X-Job-UUID").toBe(1);
  }
  expect(result.elapsedMs, "settled within its bound").toBeLessThan(settleBound(phase));
  assertRetryDetails(target, phase, fault, result);
}

function assertRetryDetails(target: Target, phase: Phase, fault: Fault, result: CaseResult) {
  const operation = phase === "create" ? target.createOperation : target.pollOperation;
  // The waiter's polls are the reads after the create (NAS reads the same list before it, as a guard).
  const from = phase === "create" ? 0 : result.seen.findIndex((s) => s.role === "create");
  const hit = result.seen.slice(from).filter((s) => s.operation === operation);
  if (fault.key === "refused") expect(result.refused, "tries in all").toBe(RELIABILITY.retry.maxAttempts);
  if (fault.key === "refused-then-up") expect(result.refused).toBe(1);
  if (fault.key === "429-retry-after") {
    const gap = (hit[1]?.at ?? 0) - (hit[0]?.at ?? 0);
    // Retry-After (1 s) is honoured, cut to maxRetryAfterMs (300 ms): not the 20 ms backoff.
    expect(gap).toBeGreaterThanOrEqual(RELIABILITY.retry.maxRetryAfterMs - 15);
    expect(gap).toBeLessThan(RETRY_AFTER_SECONDS * 1_000);
  }
  if (fault.key === "job-expired")
    expect(result.error).toMatchObject({ jobUuid: result.creates[0]?.identity });
  if (phase === "poll" && fault.handle && result.error === undefined) {
    expect(hit.length, "the faulted poll was retried").toBeGreaterThanOrEqual(2);
  }
  if (fault.key === "clock-skew") {
    const [rejected, resent] = hit;
    expect(rejected?.disposition).toBe("skew-rejected");
    // Re-signed on the server's clock, an hour ahead of the local one.
    const shift = (resent?.signedAt ?? 0) - (rejected?.signedAt ?? 0);
    expect(Math.abs(shift - 60 * 60_000)).toBeLessThan(2 * 60_000);
  }
}
