import { describe, expect, it } from "vitest";
import { cryptoPort } from "../../../src/crypto/node.js";
import {
  authorizationHeader,
  dateHeader,
  decodedUri,
  signature,
  signZStackRequest,
  stringToSign,
  wallClock,
} from "../../../src/providers/zstack/signer";
import { clockOf, loadVectors, requestOf, type ZStackVector } from "../support/vectors.js";

const vectors = loadVectors<ZStackVector>("zstack");
// A vector whose Date text comes from another client (e.g. the Python SDK's literal "CST") only checks
// the steps from URI on: cloudsnap itself never renders such a Date.
const rendered = vectors.filter(({ vector }) => vector.given.dateHeader === undefined);
const literal = vectors.filter(({ vector }) => vector.given.dateHeader !== undefined);

describe.each(vectors)("ZStack vector $file", ({ vector: { given, want } }) => {
  const toSign = want.stringToSign.join("\n");

  it("URI", () => {
    expect(decodedUri(new URL(given.url).pathname)).toBe(want.uri);
  });
  it("StringToSign", () => {
    expect(stringToSign(given.method, want.dateHeader, want.uri)).toBe(toSign);
  });
  it("Signature", async () => {
    expect(await signature(cryptoPort, given.credentials.accessKeySecret, toSign)).toBe(want.signature);
  });
  it("Authorization", () => {
    expect(authorizationHeader(given.credentials.accessKeyId, want.signature)).toBe(
      want.headers.authorization,
    );
  });
});

describe.each(rendered)("ZStack vector $file, rendered by cloudsnap", ({ vector: { given, want } }) => {
  it("wall clock in the management node's zone", () => {
    expect(wallClock(new Date(given.now), given.timeZone)).toEqual(want.wallClock);
  });
  it("Date header", () => {
    expect(want.wallClock && dateHeader(want.wallClock)).toBe(want.dateHeader);
  });
  it("signed request headers", async () => {
    const signed = await signZStackRequest(requestOf(given), given.credentials, {
      now: clockOf(given),
      timeZone: given.timeZone,
    });
    for (const [name, value] of Object.entries(want.headers)) expect(signed.headers.get(name)).toBe(value);
  });
});

it("has the providers.md vector as the only literal-Date vector, plus rendered ones across time zones", () => {
  expect(literal.map(({ vector }) => vector.source.kind)).toEqual(["providers.md"]);
  expect(new Set(rendered.map(({ vector }) => vector.given.timeZone)).size).toBeGreaterThanOrEqual(6);
});
