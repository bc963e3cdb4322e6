import { describe, expect, it } from "vitest";
import { readClock, systemClock } from "../../../src/core/signing";

describe("readClock", () => {
  it("returns the clock's Date", () => {
    const date = new Date("2024-01-01T00:00:00Z");
    expect(readClock(() => date)).toBe(date);
  });

  it("rejects an invalid Date", () => {
    expect(() => readClock(() => new Date(Number.NaN))).toThrow(
      expect.objectContaining({ name: "SigningError" }),
    );
  });

  it("systemClock reads the real time", () => {
    const before = Date.now();
    const now = systemClock().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
