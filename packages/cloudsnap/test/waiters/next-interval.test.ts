import { describe, expect, it } from "vitest";
import { nextInterval } from "../../src/core/waiting";

describe("nextInterval", () => {
  const cases = [
    {
      name: "doubles below the cap",
      given: { current: 2_000, backoff: 2, maxIntervalMs: 20_000 },
      want: 4_000,
    },
    { name: "stops at the cap", given: { current: 16_000, backoff: 2, maxIntervalMs: 20_000 }, want: 20_000 },
    {
      name: "stays fixed with a backoff of 1",
      given: { current: 3_000, backoff: 1, maxIntervalMs: 20_000 },
      want: 3_000,
    },
    {
      name: "grows by a fractional factor",
      given: { current: 1_000, backoff: 1.5, maxIntervalMs: 20_000 },
      want: 1_500,
    },
    {
      name: "stays at 0 from a first wait of 0",
      given: { current: 0, backoff: 2, maxIntervalMs: 20_000 },
      want: 0,
    },
  ];
  it.each(cases)("$name", ({ given, want }) => {
    expect(nextInterval(given.current, given)).toBe(want);
  });
});
