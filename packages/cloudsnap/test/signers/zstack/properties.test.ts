import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DAY_NAMES,
  dateHeader,
  decodedUri,
  localWallClock,
  MONTH_NAMES,
  signZStackRequest,
  wallClock,
} from "../../../src/providers/zstack/signer";
import { snapshotRequest } from "../support/snapshot-request.js";

const zones = fc.constantFrom(...Intl.supportedValuesOf("timeZone"), "UTC");
const instants = fc.date({
  min: new Date("1990-01-01T00:00:00Z"),
  max: new Date("2100-01-01T00:00:00Z"),
  noInvalidDate: true,
});
const DATE = /^(\w{3}), (\d{2}) (\w{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT(?:([+-])(\d{2}):(\d{2}))?$/;

/** Reads a Date header back the way java.time does with the server's pattern and a GMT offset zone. */
function parseDateHeader(text: string): { instant: number; weekday: string } {
  const m = DATE.exec(text);
  if (m === null) throw new Error(`unparsable Date header: ${text}`);
  const [, weekday = "", day, month = "", year, hour, minute, second, sign, oh, om] = m;
  const offset = sign === undefined ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const wall = Date.UTC(
    Number(year),
    MONTH_NAMES.indexOf(month as never),
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  return { instant: wall - offset * 60_000, weekday };
}

describe("ZStack Date header properties", () => {
  it("parses back to the signing instant (to the second) in every IANA zone, with the right weekday", () => {
    fc.assert(
      fc.property(instants, zones, (instant, zone) => {
        const text = dateHeader(wallClock(instant, zone));
        const parsed = parseDateHeader(text);
        expect(parsed.instant).toBe(Math.floor(instant.getTime() / 1000) * 1000);
        const localDay = new Date(
          parsed.instant + wallClock(instant, zone).offsetMinutes * 60_000,
        ).getUTCDay();
        expect(parsed.weekday).toBe(DAY_NAMES[localDay]);
      }),
      { seed: 8001, numRuns: 1000 },
    );
  });
});

describe("ZStack local wall clock", () => {
  it("reads the runtime's own zone exactly as Intl does (the default when no timeZone is given)", () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    fc.assert(
      fc.property(instants, (instant) => {
        expect(localWallClock(instant)).toEqual(wallClock(instant, zone));
      }),
      { seed: 8003, numRuns: 1000 },
    );
  });
});

describe("ZStack URI properties", () => {
  const segment = fc.string({ unit: "binary", minLength: 1, maxLength: 10 });
  it("is the decoded path from /v1/ on, whatever the context path and query", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("", "/zstack", "/a/b"),
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.string(),
        (context, segments, q) => {
          const url = new URL(
            `http://h${context}/v1/${segments.map(encodeURIComponent).join("/")}?q=${encodeURIComponent(q)}`,
          );
          const uri = decodedUri(url.pathname);
          expect(uri.startsWith("/v1/")).toBe(true);
          expect(uri).toBe(decodeURIComponent(url.pathname.slice(url.pathname.indexOf("/v1/"))));
        },
      ),
      { seed: 8002, numRuns: 500 },
    );
  });
});

describe("signZStackRequest properties", () => {
  it("is deterministic for a fixed clock and zone and never touches the input", async () => {
    const credentials = { accessKeyId: "Ak", accessKeySecret: "Sk" };
    const body = fc.option(fc.string({ unit: "binary", maxLength: 40 }), { nil: null });
    await fc.assert(
      fc.asyncProperty(instants, zones, body, async (instant, timeZone, payload) => {
        const request = new Request("http://h:8080/zstack/v1/volumes/v/volume-snapshots", {
          method: payload === null ? "GET" : "POST",
          body: payload,
        });
        const before = await snapshotRequest(request);
        const a = await signZStackRequest(request, credentials, { now: () => instant, timeZone });
        const b = await signZStackRequest(request, credentials, { now: () => instant, timeZone });
        expect([...a.headers]).toEqual([...b.headers]);
        expect(await snapshotRequest(request)).toEqual(before);
      }),
      { seed: 8003, numRuns: 150 },
    );
  });
});
