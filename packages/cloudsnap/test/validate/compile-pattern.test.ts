import { describe, expect, it } from "vitest";
import { compilePattern } from "../../src/core/check-value";
import { APIS } from "./support/apis";

describe("compilePattern", () => {
  it("compiles each pattern once and reuses it", () => {
    const first = compilePattern("^[a-z]{3}$");
    expect(compilePattern("^[a-z]{3}$")).toBe(first);
  });

  it("uses Unicode semantics, so an astral character is one `.`", () => {
    expect(compilePattern("^.$").test("📸")).toBe(true);
  });

  it("does not anchor a pattern the spec left unanchored", () => {
    expect(compilePattern("[0-9]").test("abc1def")).toBe(true);
  });

  it("still compiles a pattern that only non-Unicode mode accepts", () => {
    expect(compilePattern("^\\-x$").test("-x")).toBe(true);
  });

  it("rejects a pattern that is not a regular expression at all", () => {
    expect(() => compilePattern("([a-z")).toThrow(SyntaxError);
  });
});

describe("every pattern in the generated metadata", () => {
  const patterns = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "pattern" && typeof value === "string") patterns.add(value);
        else walk(value);
      }
    }
  };
  for (const api of Object.values(APIS)) walk([api.operations, api.shapes]);

  it("finds the spec patterns", () => {
    expect(patterns.size).toBeGreaterThan(5);
  });

  it.each([...patterns])("%s compiles with Unicode semantics", (pattern) => {
    expect(() => new RegExp(pattern, "u")).not.toThrow();
  });
});
