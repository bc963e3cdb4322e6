import { describe, expect, it } from "vitest";
import { median, pairedMedianDifference, quantile, ratioTo, rotate, summarize } from "../lib/stats";

describe("median", () => {
  const cases = [
    { name: "takes the middle of an odd count", given: [5, 1, 3], want: 3 },
    { name: "averages the two middle values of an even count", given: [4, 1, 3, 2], want: 2.5 },
    { name: "is the value itself for one sample", given: [7], want: 7 },
    { name: "is NaN for no samples", given: [], want: Number.NaN },
  ];
  for (const { name, given, want } of cases) it(name, () => expect(median(given)).toBe(want));

  it("does not reorder the caller's array", () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe("quantile", () => {
  const cases = [
    { name: "interpolates between neighbours", given: { samples: [1, 2, 3, 4], q: 0.25 }, want: 1.75 },
    { name: "is the minimum at 0", given: { samples: [9, 4, 6], q: 0 }, want: 4 },
    { name: "is the maximum at 1", given: { samples: [9, 4, 6], q: 1 }, want: 9 },
  ];
  for (const { name, given, want } of cases)
    it(name, () => expect(quantile(given.samples, given.q)).toBeCloseTo(want, 10));

  it("refuses a level outside [0, 1]", () => expect(() => quantile([1], 1.5)).toThrow(RangeError));
});

describe("summarize", () => {
  it("reports median, quartiles and the round count", () =>
    expect(summarize([10, 20, 30, 40, 50])).toEqual({ median: 30, p25: 20, p75: 40, rounds: 5 }));
});

describe("ratioTo", () => {
  const cases = [
    { name: "divides by the floor", given: [300, 100], want: 3 },
    { name: "is NaN against a zero floor", given: [300, 0], want: Number.NaN },
    { name: "is NaN for a missing value", given: [Number.NaN, 100], want: Number.NaN },
  ];
  for (const { name, given, want } of cases)
    it(name, () => expect(ratioTo(given[0] ?? 0, given[1] ?? 0)).toBe(want));
});

describe("rotate", () => {
  const cases = [
    {
      name: "starts round 1 with the second item",
      given: { items: ["a", "b", "c"], by: 1 },
      want: ["b", "c", "a"],
    },
    { name: "wraps past the length", given: { items: ["a", "b", "c"], by: 4 }, want: ["b", "c", "a"] },
    { name: "keeps the order at 0", given: { items: ["a", "b"], by: 0 }, want: ["a", "b"] },
    { name: "handles an empty list", given: { items: [], by: 3 }, want: [] },
  ];
  for (const { name, given, want } of cases)
    it(name, () => expect(rotate(given.items, given.by)).toEqual(want));
});

describe("pairedMedianDifference", () => {
  it("is the median of the round-by-round differences, not the difference of the medians", () => {
    const bare = [60, 150, 62, 155, 61];
    const entry = [70, 160, 72, 152, 150];
    // Differences 10, 10, 10, -3, 89: their median is 10; the medians' difference is 150 - 62 = 88.
    expect(pairedMedianDifference(entry, bare)).toBe(10);
    expect(median(entry) - median(bare)).toBe(88);
  });

  it("pairs only the rounds both lists have, and is NaN for none", () => {
    expect(pairedMedianDifference([5, 6, 7], [1, 1])).toBe(4.5);
    expect(pairedMedianDifference([], [])).toBeNaN();
  });
});
