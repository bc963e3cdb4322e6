import { describe, expect, it } from "vitest";
import { checkOrigin } from "../../src/core/provider";

/** The origin an `endpoint` setting resolves to (checkOrigin also returns its host). */
const resolveOrigin = (value: string, setting: string) => checkOrigin(value, setting).origin;

import { ValidationError } from "../../src/core/errors";

describe("resolveOrigin", () => {
  const good = [
    { name: "an https origin", given: "https://api.example.test", want: "https://api.example.test" },
    {
      name: "an origin with a trailing slash",
      given: "https://api.example.test/",
      want: "https://api.example.test",
    },
    { name: "a loopback origin with a port", given: "http://127.0.0.1:4010", want: "http://127.0.0.1:4010" },
    { name: "an IPv6 origin", given: "http://[::1]:8080", want: "http://[::1]:8080" },
    {
      name: "upper case and the default port",
      given: "HTTPS://API.Example.TEST:443",
      want: "https://api.example.test",
    },
  ];
  it.each(good)("accepts $name and returns it normalised", ({ given, want }) => {
    expect(resolveOrigin(given, "endpoint")).toBe(want);
  });

  const bad = [
    { name: "a path", given: "https://api.example.test/v1" },
    { name: "a path with a trailing slash", given: "https://api.example.test/v1/" },
    { name: "a non-http scheme", given: "ftp://api.example.test" },
    { name: "a file URL", given: "file:///etc/hosts" },
    { name: "a host without a scheme", given: "api.example.test" },
    { name: "garbage", given: "::not a url::" },
    { name: "an empty string", given: "" },
  ];
  it.each(bad)("rejects $name with a ValidationError naming the setting", ({ given }) => {
    let error: unknown;
    try {
      resolveOrigin(given, "endpoints.evs");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ operation: "createClient", path: "endpoints.evs", rule: "origin" });
    expect((error as Error).message).toContain("endpoints.evs must be an http(s) origin");
  });

  it("never repeats the rejected value, which may carry credentials", () => {
    expect(() => resolveOrigin("https://user:pa55word@api.example.test/v1", "endpoint")).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining("pa55word") }),
    );
  });

  it("keeps no cause that would hold an unparsable value with its credentials", () => {
    let error: unknown;
    try {
      resolveOrigin("https://user:pa55 word@", "endpoint");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).cause).toBeUndefined();
    expect(JSON.stringify(error)).not.toContain("pa55");
  });

  // Regression test: this case failed before the fix that made it pass.
  const dropped = [
    { name: "a query", given: "https://api.example.test?region=kr" },
    { name: "a fragment", given: "https://api.example.test/#frag" },
    { name: "userinfo", given: "https://user:pass@api.example.test" },
  ];
  it.each(dropped)("rejects $name instead of silently dropping it", ({ given }) => {
    expect(() => resolveOrigin(given, "endpoint")).toThrow(ValidationError);
  });
});
