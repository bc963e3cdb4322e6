import { describe, expect, it } from "vitest";
import { requireCredential } from "../../../src/core/signing";

describe("requireCredential", () => {
  it("returns a non-empty string unchanged", () => {
    expect(requireCredential("ak", "accessKey", "X")).toBe("ak");
  });

  it.each([
    { name: "undefined", given: undefined },
    { name: "an empty string", given: "" },
    { name: "a number", given: 42 },
    { name: "null", given: null },
  ])("rejects $name, naming the field", ({ given }) => {
    expect(() => requireCredential(given, "secretKey", "Test")).toThrow(
      expect.objectContaining({ name: "SigningError", message: "Test signing needs a non-empty secretKey" }),
    );
  });
});
