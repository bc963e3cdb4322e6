import { describe, expect, it } from "vitest";
import { cryptoPort } from "../../../src/crypto/node.js";
import {
  requestTarget,
  signature,
  signNcloudRequest,
  stringToSign,
  timestamp,
} from "../../../src/providers/ncloud/signer";
import { clockOf, loadVectors, type NcloudVector, requestOf } from "../support/vectors.js";

const vectors = loadVectors<NcloudVector>("ncloud");

describe.each(vectors)("NAVER Cloud vector $file", ({ vector: { given, want } }) => {
  const toSign = want.stringToSign.join("\n");

  it("request target", () => {
    expect(requestTarget(new URL(given.url))).toBe(want.requestTarget);
  });
  it("timestamp", () => {
    expect(timestamp(new Date(given.now))).toBe(want.timestamp);
  });
  it("string to sign", () => {
    const input = { method: given.method, requestTarget: want.requestTarget, timestamp: want.timestamp };
    expect(stringToSign({ ...input, accessKey: given.credentials.accessKey })).toBe(toSign);
  });
  it("signature", async () => {
    expect(await signature(cryptoPort, given.credentials.secretKey, toSign)).toBe(want.signature);
  });
  it("signed request headers", async () => {
    const signed = await signNcloudRequest(requestOf(given), given.credentials, { now: clockOf(given) });
    for (const [name, value] of Object.entries(want.headers)) expect(signed.headers.get(name)).toBe(value);
  });
});

it("covers the three providers.md vectors plus derived ones", () => {
  expect(vectors.filter(({ vector }) => vector.source.kind === "providers.md")).toHaveLength(3);
  expect(vectors.length).toBeGreaterThanOrEqual(6);
});
