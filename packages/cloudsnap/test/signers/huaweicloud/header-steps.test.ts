import { describe, expect, it } from "vitest";
import { cryptoPort } from "../../../src/crypto/node.js";
import {
  authorizationHeader,
  canonicalHeaders,
  canonicalRequest,
  hashedPayload,
  headersToSign,
  sdkDate,
  signature,
  signedHeaders,
  stringToSign,
} from "../../../src/providers/huaweicloud/signer";

describe("sdkDate", () => {
  it.each([
    { name: "published example", given: "2019-11-15T03:36:55Z", want: "20191115T033655Z" },
    { name: "milliseconds are dropped", given: "2024-12-31T23:59:59.999Z", want: "20241231T235959Z" },
  ])("$name", ({ given, want }) => {
    expect(sdkDate(new Date(given))).toBe(want);
  });
});

interface HeadersToSignCase {
  name: string;
  given: { headers: Record<string, string>; host: string };
  want: Array<[string, string]>;
}

describe("headersToSign", () => {
  it.each<HeadersToSignCase>([
    {
      name: "host and x-sdk-date only",
      given: { headers: { "X-Sdk-Date": "20240101T000000Z", Accept: "application/json" }, host: "h" },
      want: [
        ["host", "h"],
        ["x-sdk-date", "20240101T000000Z"],
      ],
    },
    {
      name: "every signable header, sorted, other headers left out",
      given: {
        headers: {
          "X-Security-Token": "t",
          "X-Project-Id": "p",
          "X-Sdk-Date": "d",
          "Content-Type": "application/json",
          "X-Auth-Token": "ignored",
          "User-Agent": "ignored",
        },
        host: "evs.example.com:8443",
      },
      want: [
        ["content-type", "application/json"],
        ["host", "evs.example.com:8443"],
        ["x-project-id", "p"],
        ["x-sdk-date", "d"],
        ["x-security-token", "t"],
      ],
    },
  ])("$name", ({ given, want }) => {
    expect(headersToSign(new Headers(given.headers), given.host)).toEqual(want);
  });
});

describe("canonicalHeaders and signedHeaders", () => {
  const pairs: Array<[string, string]> = [
    ["content-type", " application/json "],
    ["host", "h"],
  ];

  it("writes name:trimmed-value lines, each ending in a newline", () => {
    expect(canonicalHeaders(pairs)).toBe("content-type:application/json\nhost:h\n");
  });

  it("joins the names with ;", () => {
    expect(signedHeaders(pairs)).toBe("content-type;host");
  });
});

describe("hashedPayload", () => {
  it.each([
    {
      name: "no body hashes as empty",
      given: null,
      want: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    },
    {
      name: "providers.md POST body",
      given: new TextEncoder().encode(
        '{"snapshot":{"volume_id":"2c194dde-7de5-4529-a141-49f48181f411","name":"test_name"}}',
      ),
      want: "5452ea5c4f9d30b8daf2e1924a82c71f6ba6c7bb5376c9b5657cd690eea3f153",
    },
  ])("$name", async ({ given, want }) => {
    expect(await hashedPayload(cryptoPort, given)).toBe(want);
  });
});

describe("canonicalRequest, stringToSign, signature, authorizationHeader", () => {
  it("rebuild the published example step by step", async () => {
    const canonical = canonicalRequest({
      method: "GET",
      canonicalUri: "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/",
      canonicalQueryString: "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
      canonicalHeaders:
        "content-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n",
      signedHeaders: "content-type;host;x-sdk-date",
      hashedPayload: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    });
    const hashed = await cryptoPort.sha256Hex(canonical);
    expect(hashed).toBe("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
    const toSign = stringToSign("20191115T033655Z", hashed);
    expect(toSign).toBe(`SDK-HMAC-SHA256\n20191115T033655Z\n${hashed}`);
    const sig = await signature(cryptoPort, "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", toSign);
    expect(sig).toBe("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
    expect(authorizationHeader("QTWAOYTTINDUT2QVKYUC", "content-type;host;x-sdk-date", sig)).toBe(
      `SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=${sig}`,
    );
  });
});
