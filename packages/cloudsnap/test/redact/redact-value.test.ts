import { describe, expect, it } from "vitest";
import { redactValue } from "../../src/core/redact";

describe("redactValue", () => {
  const cases: Array<{ name: string; given: unknown; want: unknown }> = [
    { name: "primitives unchanged", given: 42, want: 42 },
    { name: "null unchanged", given: null, want: null },
    {
      name: "sensitive keys masked at any depth",
      given: { error: { code: "E", message: "m" }, auth: { password: "p", token: { id: 1 } } },
      want: { error: { code: "E", message: "m" }, auth: { password: "***", token: "***" } },
    },
    { name: "known secrets scrubbed from strings", given: ["x CANARY-SECRET y"], want: ["x *** y"] },
    {
      name: "a short secret only where it is the whole value",
      given: ["a", "a b", "ab"],
      want: ["***", "a b", "ab"],
    },
  ];
  it.each(cases)("$name", ({ given, want }) => {
    expect(redactValue(given, ["CANARY-SECRET", "a"])).toEqual(want);
  });

  it("does not modify its input", () => {
    const body = { password: "p" };
    redactValue(body);
    expect(body).toEqual({ password: "p" });
  });

  it("cuts cycles instead of recursing forever", () => {
    const body: Record<string, unknown> = { a: 1 };
    body.self = body;
    expect(redactValue(body)).toEqual({ a: 1, self: "[…]" });
  });
});
