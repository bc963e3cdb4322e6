import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestTarget, signNcloudRequest } from "../../../src/providers/ncloud/signer";
import { snapshotRequest } from "../support/snapshot-request.js";

const credentials = {
  accessKey: "AKEXAMPLE1234567890",
  secretKey: "SKEXAMPLE0123456789abcdefghijklmnopqrstuv",
};
const text = fc.string({ unit: "binary", maxLength: 12 });
/** A path segment written loosely: raw, percent-encoded, or with characters fetch must escape. */
const segment = fc.oneof(text.map(encodeURIComponent), fc.stringMatching(/^[\w.~!$&'()*+,;=:@ %-]{0,10}$/));
const query = fc.array(fc.tuple(text, text), { maxLength: 4 });
const urlArb = fc
  .record({ segments: fc.array(segment, { minLength: 1, maxLength: 4 }), query })
  .map(({ segments, query }) => {
    const search = query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
    return `/${segments.join("/")}${search === "" ? "" : `?${search}`}`;
  });

let server: Server;
let origin: string;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    received.push(req.url ?? "");
    res.end();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.close();
  await once(server, "close");
});

describe("NAVER Cloud signer properties", () => {
  it("signs exactly the request target that fetch puts on the wire", async () => {
    await fc.assert(
      fc.asyncProperty(urlArb, async (path) => {
        const request = new Request(origin + path);
        const signed = await signNcloudRequest(request, credentials, { now: () => new Date(1700000000000) });
        received.length = 0;
        await fetch(signed);
        expect(received).toEqual([requestTarget(new URL(request.url))]);
      }),
      { seed: 424242, numRuns: 120 },
    );
  });

  it("is deterministic for a fixed clock and leaves the input untouched", async () => {
    const body = fc.option(fc.string({ unit: "binary", maxLength: 40 }), { nil: null });
    await fc.assert(
      fc.asyncProperty(
        urlArb,
        body,
        fc.integer({ min: 0, max: 4102444800000 }),
        async (path, payload, ms) => {
          const method = payload === null ? "GET" : "POST";
          const request = new Request(`https://ncloud.apigw.ntruss.com${path}`, { method, body: payload });
          const before = await snapshotRequest(request);
          const now = () => new Date(ms);
          const a = await signNcloudRequest(request, credentials, { now });
          const b = await signNcloudRequest(request, credentials, { now });
          expect([...a.headers]).toEqual([...b.headers]);
          expect(a.headers.get("x-ncp-apigw-timestamp")).toBe(String(ms));
          expect(await a.text()).toBe(payload ?? "");
          expect(await snapshotRequest(request)).toEqual(before);
        },
      ),
      { seed: 424243, numRuns: 150 },
    );
  });
});
