import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeRetryDelay, type DelaySettings } from "../../src/core/retry";

const POLICY: DelaySettings = {
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  jitter: "none",
  maxRetryAfterMs: 30_000,
};

describe("computeRetryDelay", () => {
  const cases = [
    { name: "waits baseDelayMs before the first retry", given: { retry: 1 }, want: 500 },
    { name: "doubles per retry", given: { retry: 3 }, want: 2_000 },
    { name: "caps the backoff at maxDelayMs", given: { retry: 9 }, want: 8_000 },
    {
      name: "full jitter scales the whole delay by the draw",
      given: { retry: 2, jitter: "full", draw: 0.25 },
      want: 250,
    },
    { name: "full jitter can wait no time at all", given: { retry: 4, jitter: "full", draw: 0 }, want: 0 },
    {
      name: "a jitter factor randomises only that fraction",
      given: { retry: 2, jitter: 0.5, draw: 0 },
      want: 500,
    },
    {
      name: "a jitter factor keeps the top of the range",
      given: { retry: 2, jitter: 0.5, draw: 0.999 },
      want: 1_000,
    },
    { name: "honours Retry-After exactly", given: { retry: 1, retryAfterMs: 3_000 }, want: 3_000 },
    { name: "honours a Retry-After of 0", given: { retry: 2, retryAfterMs: 0 }, want: 0 },
    { name: "cuts Retry-After to maxRetryAfterMs", given: { retry: 1, retryAfterMs: 600_000 }, want: 30_000 },
    {
      name: "does not jitter a Retry-After",
      given: { retry: 1, retryAfterMs: 3_000, jitter: "full", draw: 0 },
      want: 3_000,
    },
    { name: "clamps a draw above 1", given: { retry: 1, jitter: "full", draw: 7 }, want: 500 },
    { name: "clamps a negative draw", given: { retry: 1, jitter: "full", draw: -3 }, want: 0 },
  ] as const;
  it.each(cases)("$name", ({ given, want }) => {
    const settings: DelaySettings = { ...POLICY, ...("jitter" in given ? { jitter: given.jitter } : {}) };
    const draw = "draw" in given ? given.draw : 0.5;
    const retryAfter = "retryAfterMs" in given ? given.retryAfterMs : undefined;
    expect(computeRetryDelay(given.retry, settings, retryAfter, () => draw)).toBe(want);
  });

  it("always stays between 0 and maxDelayMs without Retry-After", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 60_000 }),
        fc.oneof(
          fc.constant("full" as const),
          fc.constant("none" as const),
          fc.double({ min: 0, max: 1, noNaN: true }),
        ),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, baseDelayMs, maxDelayMs, jitter, draw) => {
          const delay = computeRetryDelay(
            retry,
            { baseDelayMs, maxDelayMs, jitter, maxRetryAfterMs: 0 },
            undefined,
            () => draw,
          );
          return delay >= 0 && delay <= maxDelayMs;
        },
      ),
    );
  });

  it("is pure: the same inputs give the same delay", () => {
    const settings: DelaySettings = { ...POLICY, jitter: "full" };
    expect(computeRetryDelay(3, settings, undefined, () => 0.3)).toBe(
      computeRetryDelay(3, settings, undefined, () => 0.3),
    );
  });
});
