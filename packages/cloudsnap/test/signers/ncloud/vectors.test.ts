import { describe, expect, it } from "vitest";
import { cryptoPort } from "../../../src/crypto/node.js";
import { requestTarget } from "../../../src/signers/ncloud/request-target.js";
import { signNcloudRequest } from "../../../src/signers/ncloud/sign-request.js";
import { signature } from "../../../src/signers/ncloud/signature.js";
import { stringToSign } from "../../../src/signers/ncloud/string-to-sign.js";
import { timestamp } from "../../../src/signers/ncloud/timestamp.js";
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
