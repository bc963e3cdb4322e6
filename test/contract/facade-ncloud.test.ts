import { AuthenticationError, createNcloudClient, type NcloudClient, SnapshotCapacityError } from "cloudsnap";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describeFacade } from "./support/describe-facade";
import { verifyNcloud } from "./support/verify-ncloud";
import { startVerifyingFront, type VerifyingFront } from "./support/verifying-front";

const KEYS = { accessKey: "AKCONTRACT00000001", secretKey: "contract-secret-ncloud-0123456789" };
const fronts: Record<string, VerifyingFront> = {};
let client: NcloudClient;

function clientWith(overrides: Parameters<typeof createNcloudClient>[0] = {}): NcloudClient {
  return createNcloudClient({
    credentials: KEYS,
    endpoints: {
      classicNas: fronts["classic-nas"]?.url,
      vserver: fronts.vserver?.url,
      searchEngine: fronts["search-engine"]?.url,
    },
    ...overrides,
  });
}

beforeAll(async () => {
  for (const api of ["classic-nas", "vserver", "search-engine"]) {
    const target = inject("mockUrls")[`ncloud/${api}`] ?? "";
    fronts[api] = await startVerifyingFront(target, (request) => verifyNcloud(request, KEYS, Date.now()));
  }
  client = clientWith();
});

afterAll(async () => {
  await Promise.all(Object.values(fronts).map((front) => front.close()));
});

describeFacade({ key: "ncloud/classic-nas", group: () => client.classicNas, unwrapped: true });
describeFacade({ key: "ncloud/vserver", group: () => client.vserver, unwrapped: true });
describeFacade({
  key: "ncloud/search-engine",
  group: () => client.searchEngine,
  clientFilled: ["apiRegion"],
});

describe("NCP signing, checked by the verifying front", () => {
  it("signs every request the front saw with a valid v2 signature", () => {
    const seen = Object.values(fronts).flatMap((front) => front.seen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((s) => !s.verdict.ok && !s.request.headers["x-test-tamper"])).toEqual([]);
  });

  it("rejects a tampered signature with the gateway's 401 (errorCode 200)", async () => {
    const tampering = clientWith({
      fetch: async (request) => {
        const headers = new Headers(request.headers);
        headers.set(
          "x-ncp-apigw-signature-v2",
          `AAAA${(headers.get("x-ncp-apigw-signature-v2") ?? "").slice(4)}`,
        );
        headers.set("x-test-tamper", "1");
        return fetch(new Request(request, { headers }));
      },
    });
    const error = await tampering.classicNas
      .createNasVolumeSnapshot({ nasVolumeInstanceNo: "1" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe("200");
  });

  it("rejects a timestamp more than 5 minutes old", async () => {
    const stale = clientWith({ now: () => new Date(Date.now() - 6 * 60_000), correctClockSkew: false });
    const error = await stale.vserver
      .createBlockStorageSnapshotInstance({ originalBlockStorageInstanceNo: "1" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
  });

  it("rejects a wrong secret key", async () => {
    const wrong = clientWith({ credentials: { accessKey: KEYS.accessKey, secretKey: "not-the-secret" } });
    const error = await wrong.searchEngine
      .createSnapshot({ serviceGroupInstanceNo: "1", snapshotName: "abc", bucketName: "b" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(JSON.stringify(error)).not.toContain("not-the-secret");
  });

  it("decodes the XML and JSON forms of createNasVolumeSnapshot to equal values", async () => {
    const fromXml = await client.classicNas.createNasVolumeSnapshot({
      nasVolumeInstanceNo: "23420000",
      responseFormatType: "xml",
    });
    const fromJson = await client.classicNas.createNasVolumeSnapshot({
      nasVolumeInstanceNo: "23420000",
      responseFormatType: "json",
    });
    expect(fromXml).toEqual(fromJson);
    expect(fromXml.nasVolumeSnapshotList?.[0]?.snapshotSize).toBe(0);
    expect(fromXml.nasVolumeSnapshotList?.[1]?.isBusy).toBe(false);
  });

  it("decodes the XML and JSON forms of createBlockStorageSnapshotInstance to equal values", async () => {
    const call = (responseFormatType: "xml" | "json") =>
      client.vserver.createBlockStorageSnapshotInstance({
        originalBlockStorageInstanceNo: "3168",
        responseFormatType,
      });
    expect(await call("xml")).toEqual(await call("json"));
  });
});

describe("the NAS snapshot-capacity guard, against the mock", () => {
  const withoutReserve = () =>
    clientWith({
      fetch: async (request) => {
        const headers = new Headers(request.headers);
        if (new URL(request.url).pathname.endsWith("/getNasVolumeInstanceList")) {
          headers.set("Prefer", "example=oneVolumeWithoutReserve");
        }
        return fetch(new Request(request, { headers }));
      },
    });
  const creates = () =>
    (fronts["classic-nas"]?.seen ?? []).filter((s) => s.request.target.includes("createNasVolumeSnapshot"))
      .length;

  it("refuses a snapshot on a volume with no snapshot reserve, before anything is created", async () => {
    const before = creates();
    const error = await withoutReserve()
      .classicNas.createNasVolumeSnapshot({ nasVolumeInstanceNo: "23420000" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotCapacityError);
    expect(creates()).toBe(before);
  });

  it("creates it anyway when the caller accepts the risk", async () => {
    const before = creates();
    const result = await withoutReserve().classicNas.createNasVolumeSnapshot(
      { nasVolumeInstanceNo: "23420000" },
      { acceptCapacityRisk: true },
    );
    expect(result.nasVolumeSnapshotList?.length).toBeGreaterThan(0);
    expect(creates()).toBe(before + 1);
  });

  it("creates after the check passes on a volume with room in its reserve", async () => {
    const before = creates();
    await client.classicNas.createNasVolumeSnapshot({ nasVolumeInstanceNo: "23420000" });
    expect(creates()).toBe(before + 1);
  });
});
