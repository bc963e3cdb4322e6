import { describe, expect, it } from "vitest";
import { type HeadersLike, redactHeaders } from "../../src/core/redact";

const signed = {
  Authorization: "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=abc",
  "X-Auth-Token": "tok",
  "X-Subject-Token": "sub",
  "X-Security-Token": "sec",
  "x-ncp-apigw-signature-v2": "sig",
  "x-ncp-iam-access-key": "ak",
  Cookie: "a=b",
  "Set-Cookie": "c=d",
  "Content-Type": "application/json",
  "X-Sdk-Date": "20240101T000000Z",
};
const want = {
  authorization: "***",
  "x-auth-token": "***",
  "x-subject-token": "***",
  "x-security-token": "***",
  "x-ncp-apigw-signature-v2": "***",
  "x-ncp-iam-access-key": "***",
  cookie: "***",
  "set-cookie": "***",
  "content-type": "application/json",
  "x-sdk-date": "20240101T000000Z",
};

const cases: Array<{ name: string; given: HeadersLike; want: Record<string, string> }> = [
  { name: "a plain record", given: signed, want },
  { name: "a Headers object", given: new Headers(signed), want },
  { name: "an entries array", given: Object.entries(signed), want },
  {
    name: "other signature-like names (v1 signature, session)",
    given: { "x-ncp-apigw-signature-v1": "s", "X-Session-Id": "s", "x-ncp-apigw-timestamp": "1" },
    want: { "x-ncp-apigw-signature-v1": "***", "x-session-id": "***", "x-ncp-apigw-timestamp": "1" },
  },
  {
    name: "array values joined, undefined skipped",
    given: { Accept: ["a", "b"], "X-Empty": undefined },
    want: { accept: "a, b" },
  },
];

describe("redactHeaders", () => {
  it.each(cases)("redacts $name", ({ given, want }) => {
    expect(redactHeaders(given)).toEqual(want);
  });
});
