import { describe, expect, it } from "vitest";
import { parseRequestUrl } from "../../../src/core/signing";

describe("parseRequestUrl", () => {
  it.each([
    { name: "https", given: "https://example.com/x", want: "example.com" },
    { name: "http with a port", given: "http://127.0.0.1:8080/zstack/v1/x", want: "127.0.0.1:8080" },
  ])("accepts $name", ({ given, want }) => {
    expect(parseRequestUrl({ url: given }).host).toBe(want);
  });

  it.each([
    { name: "a relative URL", given: "/v1/x" },
    { name: "an empty URL", given: "" },
    { name: "a non-http scheme", given: "ftp://example.com/x" },
    { name: "a data: URL", given: "data:text/plain,hi" },
  ])("rejects $name with a SigningError", ({ given }) => {
    expect(() => parseRequestUrl({ url: given })).toThrow(expect.objectContaining({ name: "SigningError" }));
  });
});
