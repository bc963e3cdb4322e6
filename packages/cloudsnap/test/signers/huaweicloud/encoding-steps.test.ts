import { describe, expect, it } from "vitest";
import {
  canonicalQueryString,
  canonicalUri,
  percentDecode,
  queryParameters,
  uriEncode,
} from "../../../src/providers/huaweicloud/signer";

describe("uriEncode", () => {
  it.each([
    { name: "unreserved characters stay", given: "AZaz09-._~", want: "AZaz09-._~" },
    { name: "space is %20, never +", given: "a b", want: "a%20b" },
    { name: "sub-delims left by encodeURIComponent are encoded", given: "!'()*", want: "%21%27%28%29%2A" },
    { name: "reserved gen-delims", given: ":/?#[]@", want: "%3A%2F%3F%23%5B%5D%40" },
    { name: "plus and percent", given: "+%", want: "%2B%25" },
    { name: "UTF-8 with upper-case hex", given: "é快🚀", want: "%C3%A9%E5%BF%AB%F0%9F%9A%80" },
    { name: "empty", given: "", want: "" },
  ])("$name", ({ given, want }) => {
    expect(uriEncode(given)).toBe(want);
  });
});

describe("percentDecode", () => {
  it("decodes UTF-8 escapes and leaves + alone", () => {
    expect(percentDecode("a%20b+%C3%A9", "path")).toBe("a b+é");
  });

  it.each([
    { name: "a bad escape", given: "%zz" },
    { name: "a truncated escape", given: "%E5%BF" },
    { name: "an encoded lone surrogate", given: "%ED%A0%80" },
  ])("rejects $name with a SigningError naming the part", ({ given }) => {
    expect(() => percentDecode(given, "path")).toThrow(
      expect.objectContaining({
        name: "SigningError",
        message: "the request path is not valid percent-encoded UTF-8",
      }),
    );
  });
});

describe("canonicalUri", () => {
  it.each([
    { name: "published example gains a trailing slash", given: "/v1/77b6/vpcs", want: "/v1/77b6/vpcs/" },
    { name: "root path", given: "/", want: "/" },
    {
      name: "an existing trailing slash is not doubled",
      given: "/v5/p/snapshots/",
      want: "/v5/p/snapshots/",
    },
    { name: "escapes are decoded then re-encoded", given: "/v1/a%20b/%7Ex", want: "/v1/a%20b/~x/" },
    { name: "sub-delims are encoded", given: "/v1/(x)*!", want: "/v1/%28x%29%2A%21/" },
    { name: "an encoded slash stays inside its segment", given: "/v1/a%2Fb", want: "/v1/a%2Fb/" },
    { name: "lower-case hex becomes upper-case", given: "/v1/%c3%a9", want: "/v1/%C3%A9/" },
    { name: "empty segments are kept", given: "/v1//x", want: "/v1//x/" },
  ])("$name", ({ given, want }) => {
    expect(canonicalUri(given)).toBe(want);
  });
});

describe("queryParameters", () => {
  it.each([
    { name: "no query", given: "", want: [] },
    { name: "a bare ?", given: "?", want: [] },
    {
      name: "pairs in order with duplicates",
      given: "?b=2&a=1&b=0",
      want: [
        ["b", "2"],
        ["a", "1"],
        ["b", "0"],
      ],
    },
    { name: "a name without = has an empty value", given: "?flag", want: [["flag", ""]] },
    { name: "only the first = splits", given: "?q=uuid=abc", want: [["q", "uuid=abc"]] },
    {
      name: "+ is a space, %2B a plus",
      given: "?a=x+y&b=1%2B1",
      want: [
        ["a", "x y"],
        ["b", "1+1"],
      ],
    },
    {
      name: "empty pairs are skipped",
      given: "?a=1&&b=2&",
      want: [
        ["a", "1"],
        ["b", "2"],
      ],
    },
    { name: "UTF-8 escapes are decoded", given: "?n=%E5%BF%AB", want: [["n", "快"]] },
  ])("$name", ({ given, want }) => {
    expect(queryParameters(given)).toEqual(want);
  });

  it("rejects malformed escapes with a SigningError", () => {
    expect(() => queryParameters("?a=%zz")).toThrow(expect.objectContaining({ name: "SigningError" }));
  });
});

describe("canonicalQueryString", () => {
  it.each([
    { name: "no parameters", given: [], want: "" },
    {
      name: "published example",
      given: [
        ["limit", "2"],
        ["marker", "13551d6b-755d-4757-b956-536f674975c0"],
      ],
      want: "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
    },
    {
      name: "sorted by name, upper case before lower",
      given: [
        ["b", "1"],
        ["F", "2"],
        ["a", "3"],
      ],
      want: "F=2&a=3&b=1",
    },
    {
      name: "repeated names sorted by value",
      given: [
        ["tag", "b"],
        ["tag", "a"],
      ],
      want: "tag=a&tag=b",
    },
    { name: "empty value keeps =", given: [["parm2", ""]], want: "parm2=" },
    {
      name: "names and values RFC 3986-encoded",
      given: [["a b", "it's (x)*!"]],
      want: "a%20b=it%27s%20%28x%29%2A%21",
    },
    {
      name: "sorting uses decoded names (a- before a/ although %2F sorts first)",
      given: [
        ["a/", "1"],
        ["a-", "2"],
      ],
      want: "a-=2&a%2F=1",
    },
    {
      name: "UTF-16 code-unit order: an astral name sorts before U+FF01",
      given: [
        ["\uff01", "1"],
        ["🚀", "2"],
      ],
      want: "%F0%9F%9A%80=2&%EF%BC%81=1",
    },
  ])("$name", ({ given, want }) => {
    expect(canonicalQueryString(given as Array<[string, string]>)).toBe(want);
  });
});
