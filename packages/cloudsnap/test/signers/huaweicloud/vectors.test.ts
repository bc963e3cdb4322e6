import { describe, expect, it } from "vitest";
import { cryptoPort } from "../../../src/crypto/node.js";
import {
  canonicalHeaders,
  canonicalQueryString,
  canonicalRequest,
  canonicalUri,
  hashedPayload,
  headersToSign,
  queryParameters,
  sdkDate,
  signature,
  signedHeaders,
  signHuaweiCloudRequest,
  stringToSign,
} from "../../../src/providers/huaweicloud/signer";
import { clockOf, type HuaweiCloudVector, loadVectors, requestOf } from "../support/vectors.js";

const vectors = loadVectors<HuaweiCloudVector>("huaweicloud");

describe.each(vectors)("Huawei Cloud vector $file", ({ vector: { given, want } }) => {
  const url = new URL(given.url);
  const canonical = want.canonicalRequest.join("\n");
  const toSign = want.stringToSign.join("\n");

  it("X-Sdk-Date", () => {
    expect(sdkDate(new Date(given.now))).toBe(want.sdkDate);
  });
  it("CanonicalURI", () => {
    expect(canonicalUri(url.pathname)).toBe(want.canonicalUri);
  });
  it("CanonicalQueryString", () => {
    expect(canonicalQueryString(queryParameters(url.search))).toBe(want.canonicalQueryString);
  });
  it("headers to sign", () => {
    const headers = new Headers(given.headers);
    headers.set("X-Sdk-Date", want.sdkDate);
    if (given.credentials.securityToken !== undefined)
      headers.set("X-Security-Token", given.credentials.securityToken);
    expect(headersToSign(headers, url.host)).toEqual(want.headersToSign);
  });
  it("CanonicalHeaders", () => {
    expect(canonicalHeaders(want.headersToSign)).toBe(
      want.canonicalHeaders.map((line) => `${line}\n`).join(""),
    );
  });
  it("SignedHeaders", () => {
    expect(signedHeaders(want.headersToSign)).toBe(want.signedHeaders);
  });
  it("payload hash", async () => {
    const body = given.body === null ? null : new TextEncoder().encode(given.body);
    expect(await hashedPayload(cryptoPort, body)).toBe(want.hashedPayload);
  });
  it("CanonicalRequest", () => {
    const parts = {
      method: given.method,
      canonicalUri: want.canonicalUri,
      canonicalQueryString: want.canonicalQueryString,
      canonicalHeaders: want.canonicalHeaders.map((line) => `${line}\n`).join(""),
      signedHeaders: want.signedHeaders,
      hashedPayload: want.hashedPayload,
    };
    expect(canonicalRequest(parts)).toBe(canonical);
  });
  it("hashed CanonicalRequest", async () => {
    expect(await cryptoPort.sha256Hex(canonical)).toBe(want.hashedCanonicalRequest);
  });
  it("StringToSign", () => {
    expect(stringToSign(want.sdkDate, want.hashedCanonicalRequest)).toBe(toSign);
  });
  it("Signature", async () => {
    expect(await signature(cryptoPort, given.credentials.secretKey, toSign)).toBe(want.signature);
  });
  it("signed request headers", async () => {
    const signed = await signHuaweiCloudRequest(requestOf(given), given.credentials, { now: clockOf(given) });
    for (const [name, value] of Object.entries(want.headers)) expect(signed.headers.get(name)).toBe(value);
  });
});

it("includes the published vector with its published signature", () => {
  const published = vectors.find(({ vector }) => vector.source.kind === "published")?.vector;
  expect(published?.want.signature).toBe("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
  expect(published?.want.hashedCanonicalRequest).toBe(
    "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a",
  );
});

it("includes the providers.md POST vector with its recorded signature", () => {
  const post = vectors.find(({ vector }) => vector.source.kind === "providers.md")?.vector;
  expect(post?.want.signature).toBe("bb4f661dca4d88546847b940c5d8ed55bd89f333903f5a39c3228e986c447fa3");
  expect(post?.want.hashedPayload).toBe("5452ea5c4f9d30b8daf2e1924a82c71f6ba6c7bb5376c9b5657cd690eea3f153");
});
