// Differential test: cloudsnap's SDK-HMAC-SHA256 signer against the official Huawei Cloud Node SDK
// signer (@huaweicloud/huaweicloud-sdk-core AKSKSigner, devDependency only), on generated requests
// (generators and harness in differential-cases.ts).
//
// Each case is one request described the way both clients build it: the SDK gets raw path values
// substituted into its endpoint, a query object and a body object (as HcClient does); cloudsnap gets a
// `Request` whose URL escapes path and query values with encodeURIComponent (as openapi-fetch does) and
// whose body is JSON.stringify of the same object. The generated path alphabet leaves out the characters
// for which the two *cannot* be compared or knowingly differ; each such class is asserted separately
// below, with the reason, instead of being filtered silently.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalUri,
  queryParameters,
  signHuaweiCloudRequest,
  uriEncode,
} from "../../../src/providers/huaweicloud/signer";
import { type HuaweiCloudVector, loadVectors, requestOf } from "../support/vectors.js";
import { type Case, caseArb, paths, signBoth } from "./differential-cases.js";
import { sdkAuthorization } from "./sdk-oracle.js";

const NUM_RUNS = 1000;
const SEED = 20250131;
/** Characters Node's legacy url.parse (used by the SDK) percent-escapes in a path. */
const URL_PARSE_AUTO_ESCAPED = /[\t\n\r '"<>^`{|}]/g;

describe("cloudsnap vs the official Huawei Cloud Node SDK signer", () => {
  it(`agrees on the Authorization header of ${NUM_RUNS} generated requests`, async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const { ours, sdk } = await signBoth(c, paths(c.segments, c.trailingSlash));
        expect(ours).toBe(sdk);
        compared += 1;
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
    expect(compared).toBeGreaterThanOrEqual(NUM_RUNS);
  }, 60_000);

  describe("inputs left out of the generator, and why", () => {
    const base = fc.sample(caseArb, { seed: SEED, numRuns: 1 })[0] as Case;

    it.each([..." '\"<>^`{|}\t\n\r"])(
      "path character %j: the SDK's url.parse escapes it first, so the SDK double-encodes; cloudsnap encodes once",
      async (char) => {
        const segment = `a${char}b`;
        const { ours, sdk } = await signBoth(base, {
          sdk: `/v5/${segment}`,
          wire: `/v5/${encodeURIComponent(segment)}`,
        });
        expect(ours).not.toBe(sdk);
        expect(canonicalUri(`/v5/${encodeURIComponent(segment)}`)).toBe(`/v5/a${uriEncode(char)}b/`);
        // The SDK result is exactly our signature over the once-escaped text, i.e. a double encoding.
        const escaped = segment.replace(URL_PARSE_AUTO_ESCAPED, (c) => uriEncode(c));
        const twice = await signBoth(base, {
          sdk: `/v5/${segment}`,
          wire: `/v5/${encodeURIComponent(escaped)}`,
        });
        expect(twice.ours).toBe(sdk);
      },
    );

    it.each([
      { name: "a slash", char: "/", why: "the SDK splits the segment in two" },
      { name: "a backslash", char: "\\", why: "the SDK's url.parse turns it into a slash" },
      { name: "?", char: "?", why: "raw in the SDK's endpoint it starts the query" },
      { name: "#", char: "#", why: "raw in the SDK's endpoint it starts the fragment" },
    ])("path value with $name: $why; cloudsnap keeps it escaped inside its segment", async ({ char }) => {
      const segment = `a${char}b`;
      expect(canonicalUri(`/v5/${encodeURIComponent(segment)}`)).toBe(`/v5/a${uriEncode(char)}b/`);
      const { ours, sdk } = await signBoth(base, {
        sdk: `/v5/${segment}`,
        wire: `/v5/${encodeURIComponent(segment)}`,
      });
      expect(ours).not.toBe(sdk);
    });

    it("dot segments: fetch resolves them before sending, so cloudsnap signs the resolved path", async () => {
      const request = new Request("https://evs.example.com/v5/p/./snapshots/x/../detail");
      const signed = await signHuaweiCloudRequest(
        request,
        { accessKey: "AK", secretKey: "SK" },
        { now: () => base.now },
      );
      const plain = await signHuaweiCloudRequest(
        new Request("https://evs.example.com/v5/p/snapshots/detail"),
        { accessKey: "AK", secretKey: "SK" },
        { now: () => base.now },
      );
      expect(signed.headers.get("authorization")).toBe(plain.headers.get("authorization"));
    });

    it("other ASCII controls agree inside a path, but the SDK's url.parse trims them off the end of the URL", async () => {
      const inside = await signBoth(base, {
        sdk: "/v5/a\u0004b",
        wire: `/v5/${encodeURIComponent("a\u0004b")}`,
      });
      expect(inside.ours).toBe(inside.sdk);
      const atEnd = await signBoth(
        { ...base, query: [] },
        { sdk: "/v5/a\u0004", wire: `/v5/${encodeURIComponent("a\u0004")}` },
      );
      const trimmed = await signBoth({ ...base, query: [] }, { sdk: "/v5/a", wire: "/v5/a" });
      expect(atEnd.ours).not.toBe(atEnd.sdk);
      expect(atEnd.sdk).toBe(trimmed.ours);
    });
  });
});

describe("official SDK on the stored vectors", () => {
  it.each(loadVectors<HuaweiCloudVector>("huaweicloud"))(
    "$file: agrees, or diverges exactly as recorded",
    async ({ vector }) => {
      const { given, officialSdk } = vector;
      const url = new URL(given.url);
      const origin = /^[a-z]+:\/\/[^/]+/.exec(given.url)?.[0] ?? url.origin;
      const headers: Record<string, string> = { ...given.headers };
      if (given.credentials.securityToken !== undefined)
        headers["X-Security-Token"] = given.credentials.securityToken;
      const sdk = sdkAuthorization({
        method: given.method,
        origin,
        rawPath: decodeURIComponent(url.pathname),
        query: queryParameters(url.search),
        headers,
        data: given.body === null ? undefined : (JSON.parse(given.body) as object),
        sdkDate: vector.want.sdkDate,
        accessKey: given.credentials.accessKey,
        secretKey: given.credentials.secretKey,
      });
      const ours = (
        await signHuaweiCloudRequest(requestOf(given), given.credentials, { now: () => new Date(given.now) })
      ).headers.get("authorization");
      if (officialSdk.agrees) expect(sdk).toBe(ours);
      else
        expect({ sdk, differs: sdk !== ours }).toEqual({ sdk: officialSdk.sdkAuthorization, differs: true });
    },
  );
});
