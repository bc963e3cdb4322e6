import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalQueryString,
  canonicalUri,
  queryParameters,
  signHuaweiCloudRequest,
} from "../../../src/providers/huaweicloud/signer";
import { snapshotRequest } from "../support/snapshot-request.js";

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(..." !\"#$%&'()*+,/:;<=>?@[\\]^`{|}~aZ09-._"), maxLength: 12 }),
);
const pairs = fc.array(fc.tuple(text, text), { maxLength: 8 });
const encodedQuery = pairs.map((ps) =>
  ps.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&"),
);
const segments = fc.array(text, { minLength: 1, maxLength: 5 });
const CANONICAL_PART = /^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/;

describe("Huawei Cloud canonicalisation properties", () => {
  it("the canonical query holds only unreserved characters or %XX, pairs sorted by decoded name then value", () => {
    fc.assert(
      fc.property(encodedQuery, (search) => {
        const canonical = canonicalQueryString(queryParameters(`?${search}`));
        const parts = canonical === "" ? [] : canonical.split("&").map((pair) => pair.split("="));
        for (const part of parts) {
          expect(part).toHaveLength(2);
          for (const side of part) expect(side).toMatch(CANONICAL_PART);
        }
        const decoded = parts.map((part) => part.map(decodeURIComponent).join("\u0000"));
        expect(decoded).toEqual([...decoded].sort());
      }),
      { seed: 7001, numRuns: 500 },
    );
  });

  it("the canonical query keeps every pair, duplicates included", () => {
    fc.assert(
      fc.property(pairs, (ps) => {
        const search = ps.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
        expect(queryParameters(`?${search}`)).toEqual(ps);
      }),
      { seed: 7002, numRuns: 300 },
    );
  });

  it("the canonical URI round-trips: its segments decode to those of the path sent, plus one trailing slash", () => {
    fc.assert(
      fc.property(segments, (values) => {
        const pathname = new URL(`https://h/${values.map(encodeURIComponent).join("/")}`).pathname;
        const canonical = canonicalUri(pathname);
        expect(canonical.endsWith("/")).toBe(true);
        for (const segment of canonical.split("/")) expect(segment).toMatch(CANONICAL_PART);
        const encoded = pathname.endsWith("/") ? canonical : canonical.slice(0, -1);
        // Compared with the path as sent: fetch resolves "." and ".." segments before sending.
        const sent = pathname.slice(1).split("/").map(decodeURIComponent);
        expect(encoded.slice(1).split("/").map(decodeURIComponent)).toEqual(sent);
        if (!values.includes(".") && !values.includes("..")) expect(sent).toEqual(values);
      }),
      { seed: 7003, numRuns: 500 },
    );
  });

  it("signing is deterministic for a fixed clock and never touches the input", async () => {
    const body = fc.option(fc.string({ unit: "binary", maxLength: 60 }), { nil: null });
    const token = fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(
        segments,
        encodedQuery,
        body,
        token,
        fc.date({ noInvalidDate: true }),
        async (values, search, payload, securityToken, date) => {
          const url = `https://evs.example.com/${values.map(encodeURIComponent).join("/")}?${search}`;
          const request = new Request(url, { method: payload === null ? "GET" : "POST", body: payload });
          const before = await snapshotRequest(request);
          const credentials = { accessKey: "AK", secretKey: "SK", securityToken };
          const a = await signHuaweiCloudRequest(request, credentials, { now: () => date });
          const b = await signHuaweiCloudRequest(request, credentials, { now: () => date });
          expect([...a.headers]).toEqual([...b.headers]);
          expect(await snapshotRequest(request)).toEqual(before);
        },
      ),
      { seed: 7004, numRuns: 150 },
    );
  });
});
