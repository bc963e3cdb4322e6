import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactText } from "../../src/core/redact";

const SECRET = "s3cr3t/Key+=";

const cases: Array<{ name: string; given: { text: string; secrets?: string[] }; want: string }> = [
  {
    name: "removes a known secret",
    given: { text: `key ${SECRET} here`, secrets: [SECRET] },
    want: "key *** here",
  },
  {
    name: "removes the URL-encoded form",
    given: { text: `sk=${encodeURIComponent(SECRET)}`, secrets: [SECRET] },
    want: "sk=***",
  },
  {
    name: "removes the JSON-escaped form",
    given: { text: JSON.stringify({ v: 'a"b\\c-secret' }), secrets: ['a"b\\c-secret'] },
    want: '{"v":"***"}',
  },
  {
    name: "replaces the longest secret first",
    given: { text: "abcdef", secrets: ["abc", "abcdef"] },
    want: "***",
  },
  { name: "ignores empty secrets", given: { text: "keep", secrets: ["", "x"] }, want: "keep" },
  {
    name: "leaves a short secret inside a text, so it cannot mangle the words around it",
    given: { text: "answered a redirect", secrets: ["a"] },
    want: "answered a redirect",
  },
  {
    name: "removes a short secret that is the whole text",
    given: { text: "a", secrets: ["a"] },
    want: "***",
  },
  {
    name: "redacts URLs inside text",
    given: { text: "fetch failed: https://u:p@h/x?signature=zz (ECONNRESET)" },
    want: "fetch failed: https://h/x?signature=*** (ECONNRESET)",
  },
  {
    name: "masks header lines",
    given: { text: "Authorization: SDK-HMAC-SHA256 Access=A, Signature=s\nHost: h" },
    want: "Authorization: ***\nHost: h",
  },
  {
    name: "masks sensitive assignments in free text",
    given: { text: "login failed: password=hunter2, sessionUuid=abc&x=1 user=bob" },
    want: "login failed: password=***, sessionUuid=***&x=1 user=bob",
  },
  {
    name: "masks sensitive JSON fields",
    given: { text: '{"user":"u","password":"p\\"w","auth_token":"t","ok":1}' },
    want: '{"user":"u","password":"***","auth_token":"***","ok":1}',
  },
];

describe("redactText", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(redactText(given.text, given.secrets)).toBe(want);
  });

  it("never leaves a known secret in the output", () => {
    // Realistic key material: alphanumeric, so "***" can never spell it.
    const secrets = fc.stringMatching(/^[A-Za-z0-9]{8,40}$/);
    fc.assert(
      fc.property(fc.string(), secrets, fc.string(), (before, secret, after) => {
        expect(redactText(`${before}${secret}${after}`, [secret])).not.toContain(secret);
      }),
    );
  });
});
