import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors";
import { DEFAULT_RETRY_POLICY, type RetryOptions, resolveRetryPolicy } from "../../src/core/retry";

describe("resolveRetryPolicy", () => {
  it("defaults to 3 attempts, 500 ms → 8 s with full jitter, Retry-After up to 30 s, no unsafe retries", () => {
    expect(resolveRetryPolicy("op")).toEqual({
      maxAttempts: 3,
      baseDelayMs: 500,
      maxDelayMs: 8_000,
      jitter: "full",
      retryableStatuses: [408, 429, 500, 502, 503, 504],
      maxRetryAfterMs: 30_000,
      unsafeRetries: false,
      resourceBusy: { maxAttempts: 6, baseDelayMs: 2_000, maxDelayMs: 10_000 },
    });
  });

  const merges = [
    {
      name: "keeps the defaults a layer leaves out",
      given: [{ maxAttempts: 5 }],
      want: { maxAttempts: 5, baseDelayMs: 500 },
    },
    {
      name: "lets a later layer (the call) win over an earlier one (the client)",
      given: [{ maxAttempts: 5, jitter: "none" }, { maxAttempts: 2 }],
      want: { maxAttempts: 2, jitter: "none" },
    },
    {
      name: "ignores a field set to undefined",
      given: [{ maxAttempts: 5 }, { maxAttempts: undefined }],
      want: { maxAttempts: 5 },
    },
    {
      name: "merges resourceBusy field by field",
      given: [{ resourceBusy: { maxAttempts: 2 } }],
      want: { resourceBusy: { maxAttempts: 2, baseDelayMs: 2_000, maxDelayMs: 10_000 } },
    },
  ] as const;
  it.each(merges)("$name", ({ given, want }) => {
    expect(resolveRetryPolicy("op", ...(given as readonly RetryOptions[]))).toMatchObject(want);
  });

  it("never changes the defaults it merges over", () => {
    resolveRetryPolicy("op", { maxAttempts: 9, resourceBusy: { maxAttempts: 1 } });
    expect(DEFAULT_RETRY_POLICY.maxAttempts).toBe(3);
    expect(DEFAULT_RETRY_POLICY.resourceBusy.maxAttempts).toBe(6);
  });

  const bad = [
    { name: "a non-object", given: "fast", want: { path: "retry", rule: "type" } },
    { name: "an array", given: [3], want: { path: "retry", rule: "type" } },
    { name: "maxAttempts 0", given: { maxAttempts: 0 }, want: { path: "retry.maxAttempts", rule: "range" } },
    {
      name: "maxAttempts above 100",
      given: { maxAttempts: 101 },
      want: { path: "retry.maxAttempts", rule: "range" },
    },
    {
      name: "a NaN delay",
      given: { maxDelayMs: Number.NaN },
      want: { path: "retry.maxDelayMs", rule: "range" },
    },
    {
      name: "a delay setTimeout cannot honour",
      given: { baseDelayMs: 2 ** 31 },
      want: { path: "retry.baseDelayMs", rule: "range" },
    },
    { name: "a jitter above 1", given: { jitter: 1.5 }, want: { path: "retry.jitter", rule: "range" } },
    {
      name: "statuses that are not an array",
      given: { retryableStatuses: 503 },
      want: { path: "retry.retryableStatuses", rule: "range" },
    },
    {
      name: "a non-boolean unsafeRetries",
      given: { unsafeRetries: "yes" },
      want: { path: "retry.unsafeRetries", rule: "type" },
    },
    { name: "an unknown key", given: { retries: 3 }, want: { path: "retry.retries", rule: "unknown" } },
    {
      name: "a bad resourceBusy field",
      given: { resourceBusy: { maxAttempts: -1 } },
      want: { path: "retry.resourceBusy.maxAttempts", rule: "range" },
    },
    {
      name: "an unknown resourceBusy key",
      given: { resourceBusy: { tries: 2 } },
      want: { path: "retry.resourceBusy.tries", rule: "unknown" },
    },
  ];
  it.each(bad)("rejects $name with a ValidationError naming the field", ({ given, want }) => {
    const error = (() => {
      try {
        resolveRetryPolicy("createSnapshot", given as RetryOptions);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ operation: "createSnapshot", ...want });
    expect((error as ValidationError).message).toMatch(/^createSnapshot: retry/);
  });
});
