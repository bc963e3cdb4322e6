import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "../../src/core/http-errors";

const NOW = Date.parse("2024-01-01T00:00:00Z");

const cases: Array<{ name: string; given: string | null | undefined; want: number | undefined }> = [
  { name: "delta-seconds", given: "5", want: 5000 },
  { name: "zero seconds", given: "0", want: 0 },
  { name: "an HTTP-date in the future", given: "Mon, 01 Jan 2024 00:00:30 GMT", want: 30_000 },
  { name: "an HTTP-date in the past", given: "Sun, 31 Dec 2023 23:59:00 GMT", want: 0 },
  { name: "a negative number", given: "-5", want: undefined },
  { name: "a fraction", given: "1.5", want: undefined },
  { name: "garbage", given: "soon", want: undefined },
  { name: "missing", given: null, want: undefined },
];

describe("parseRetryAfter", () => {
  it.each(cases)("parses $name", ({ given, want }) => {
    expect(parseRetryAfter(given, NOW)).toBe(want);
  });
});
