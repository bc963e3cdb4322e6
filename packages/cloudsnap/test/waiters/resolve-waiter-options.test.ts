import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors";
import type { WaiterOptions } from "../../src/core/waiting";
import { requireId, resolveWaiterOptions } from "../../src/core/waiting";

const DEFAULTS = { intervalMs: 2_000, maxIntervalMs: 20_000, backoff: 2, deadlineMs: 1_800_000 };

describe("resolveWaiterOptions", () => {
  const good: Array<{
    name: string;
    given: WaiterOptions<unknown> | undefined;
    want: Record<string, unknown>;
  }> = [
    { name: "uses every default when no options are given", given: undefined, want: DEFAULTS },
    {
      name: "keeps the given timing",
      given: { intervalMs: 500, maxIntervalMs: 4_000, backoff: 1.5, deadlineMs: 60_000, timeoutMs: 5_000 },
      want: { intervalMs: 500, maxIntervalMs: 4_000, backoff: 1.5, deadlineMs: 60_000, timeoutMs: 5_000 },
    },
    {
      name: "raises the default cap to a larger first interval",
      given: { intervalMs: 60_000 },
      want: { intervalMs: 60_000, maxIntervalMs: 60_000 },
    },
    { name: "accepts a fixed interval (backoff 1)", given: { backoff: 1 }, want: { backoff: 1 } },
    { name: "accepts a first interval of 0", given: { intervalMs: 0 }, want: { intervalMs: 0 } },
  ];
  it.each(good)("$name", ({ given, want }) => {
    expect(resolveWaiterOptions("waitForX", given, DEFAULTS)).toMatchObject(want);
  });

  const bad: Array<{ name: string; given: unknown; want: { path: string; rule: string } }> = [
    { name: "options that are not an object", given: 5, want: { path: "options", rule: "type" } },
    {
      name: "a negative interval",
      given: { intervalMs: -1 },
      want: { path: "options.intervalMs", rule: "minimum" },
    },
    {
      name: "an interval that is not a number",
      given: { intervalMs: "2s" },
      want: { path: "options.intervalMs", rule: "type" },
    },
    {
      name: "a NaN interval",
      given: { intervalMs: Number.NaN },
      want: { path: "options.intervalMs", rule: "type" },
    },
    {
      name: "a cap below the first interval",
      given: { intervalMs: 5_000, maxIntervalMs: 1_000 },
      want: { path: "options.maxIntervalMs", rule: "minimum" },
    },
    {
      name: "a backoff below 1",
      given: { backoff: 0.5 },
      want: { path: "options.backoff", rule: "minimum" },
    },
    {
      name: "an endless deadline",
      given: { deadlineMs: Number.POSITIVE_INFINITY },
      want: { path: "options.deadlineMs", rule: "type" },
    },
    {
      name: "a deadline of 0",
      given: { deadlineMs: 0 },
      want: { path: "options.deadlineMs", rule: "range" },
    },
    {
      name: "a negative attempt timeout",
      given: { timeoutMs: -3 },
      want: { path: "options.timeoutMs", rule: "minimum" },
    },
    {
      name: "a signal that is not an AbortSignal",
      given: { signal: {} },
      want: { path: "options.signal", rule: "type" },
    },
    {
      name: "an onProgress that is not a function",
      given: { onProgress: "log" },
      want: { path: "options.onProgress", rule: "type" },
    },
  ];
  it.each(bad)("rejects $name with a ValidationError naming the option", ({ given, want }) => {
    const error = (() => {
      try {
        resolveWaiterOptions("waitForX", given as WaiterOptions<unknown>, DEFAULTS);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ operation: "waitForX", ...want });
    expect((error as ValidationError).message).toMatch(
      new RegExp(`^waitForX: ${want.path.replace(".", "\\.")} `),
    );
  });
});

describe("requireId", () => {
  it("returns a non-empty string", () => {
    expect(requireId("waitForX", "snapshot_id", "bb02")).toBe("bb02");
  });

  const bad = [
    { name: "a missing id", given: undefined, want: "required" },
    { name: "an empty id", given: "", want: "required" },
    { name: "a numeric id", given: 20814323, want: "type" },
  ];
  it.each(bad)("rejects $name", ({ given, want }) => {
    expect(() => requireId("waitForX", "snapshot_id", given)).toThrow(
      expect.objectContaining({ name: "ValidationError", path: "snapshot_id", rule: want }),
    );
  });
});
