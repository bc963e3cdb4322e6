import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../src/core/errors";
import { AuthenticationError } from "../../../src/core/http-errors";
import { createNcloudClient, type NcloudClientOptions } from "../../../src/providers/ncloud/client";
import { json, recordingFetch } from "../support/recording-fetch";

const KEYS = { accessKey: "AKUNIT000000000001", secretKey: "unit-secret-ncloud-0123456789" };
const NOW = new Date("2025-03-01T12:00:00Z");
const BLOCK_SNAPSHOT = {
  createBlockStorageSnapshotInstanceResponse: {
    requestId: "r-1",
    returnCode: "0",
    returnMessage: "success",
    totalRows: 1,
    blockStorageSnapshotInstanceList: [],
  },
};

function clientWith(options: NcloudClientOptions = {}, answer: () => Response = () => json(BLOCK_SNAPSHOT)) {
  const { fetch, seen } = recordingFetch(answer);
  const client = createNcloudClient({ credentials: KEYS, now: () => NOW, fetch, ...options });
  return { client, seen };
}

/** Calls one operation of each API and returns the origin each request went to. */
async function originsOf(options: NcloudClientOptions) {
  const { client, seen } = clientWith(options, () => json({}));
  await client.classicNas
    .getNasVolumeInstanceListViaGet({ responseFormatType: "json" })
    .catch(() => undefined);
  await client.vserver
    .getBlockStorageSnapshotInstanceListViaGet({ responseFormatType: "json" })
    .catch(() => undefined);
  await client.searchEngine.getSnapshotHistory({ serviceGroupInstanceNo: "1" }).catch(() => undefined);
  return seen.map((s) => s.url.origin);
}

describe("createNcloudClient", () => {
  const sites = [
    {
      name: "the public site by default",
      given: {},
      want: [
        "https://ncloud.apigw.ntruss.com",
        "https://ncloud.apigw.ntruss.com",
        "https://vpcsearchengine.apigw.ntruss.com",
      ],
    },
    {
      name: "the gov site",
      given: { site: "gov" as const },
      want: [
        "https://ncloud.apigw.gov-ntruss.com",
        "https://ncloud.apigw.gov-ntruss.com",
        "https://vpcsearchengine.apigw.gov-ntruss.com",
      ],
    },
    {
      name: "the fin site",
      given: { site: "fin" as const },
      want: [
        "https://fin-ncloud.apigw.fin-ntruss.com",
        "https://fin-ncloud.apigw.fin-ntruss.com",
        "https://fin-vpcsearchengine.apigw.fin-ntruss.com",
      ],
    },
    {
      name: "one endpoint for every API",
      given: { site: "gov" as const, endpoint: "http://127.0.0.1:4010/" },
      want: ["http://127.0.0.1:4010", "http://127.0.0.1:4010", "http://127.0.0.1:4010"],
    },
    {
      name: "per-API endpoints over the shared one",
      given: { endpoint: "http://127.0.0.1:4010", endpoints: { vserver: "http://127.0.0.1:4011" } },
      want: ["http://127.0.0.1:4010", "http://127.0.0.1:4011", "http://127.0.0.1:4010"],
    },
  ];
  it.each(sites)("sends classicNas, vserver and searchEngine calls to $name", async ({ given, want }) => {
    expect(await originsOf(given)).toEqual(want);
  });

  it("rejects an endpoint with a path at creation, naming the setting", () => {
    expect(() =>
      createNcloudClient({ credentials: KEYS, endpoints: { vserver: "https://proxy.test/ncp" } }),
    ).toThrow(expect.objectContaining({ name: "ValidationError", path: "endpoints.vserver" }));
    expect(() => createNcloudClient({ credentials: KEYS, endpoint: "ftp://proxy.test" })).toThrow(
      ValidationError,
    );
  });

  it("signs each request with the access key, the clock's timestamp and an HMAC-SHA256 of the request line", async () => {
    const { client, seen } = clientWith();
    await client.vserver.createBlockStorageSnapshotInstanceViaGet({
      originalBlockStorageInstanceNo: "3168",
      responseFormatType: "json",
    });
    const request = seen[0];
    const timestamp = String(NOW.getTime());
    const line = `GET ${request?.url.pathname}${request?.url.search}\n${timestamp}\n${KEYS.accessKey}`;
    expect(request?.headers.get("x-ncp-iam-access-key")).toBe(KEYS.accessKey);
    expect(request?.headers.get("x-ncp-apigw-timestamp")).toBe(timestamp);
    expect(request?.headers.get("x-ncp-apigw-signature-v2")).toBe(
      createHmac("sha256", KEYS.secretKey).update(line).digest("base64"),
    );
  });

  it("reads the credentials from a provider on every call", async () => {
    let calls = 0;
    const { fetch, seen } = recordingFetch(() => json(BLOCK_SNAPSHOT));
    const client = createNcloudClient({
      fetch,
      credentials: async () => {
        calls += 1;
        return { accessKey: `AK-${calls}`, secretKey: "sk" };
      },
    });
    const call = () =>
      client.vserver.createBlockStorageSnapshotInstanceViaGet({ originalBlockStorageInstanceNo: "1" });
    await call();
    await call();
    expect(seen.map((s) => s.headers.get("x-ncp-iam-access-key"))).toEqual(["AK-1", "AK-2"]);
  });

  const regions = [
    {
      name: "fills regionCode when the call leaves it out",
      given: { option: "FKR", param: undefined },
      want: "FKR",
    },
    { name: "keeps the caller's regionCode", given: { option: "FKR", param: "KR" }, want: "KR" },
    {
      name: "sends no regionCode when neither sets one",
      given: { option: undefined, param: undefined },
      want: null,
    },
  ];
  it.each(regions)("$name (query GET)", async ({ given, want }) => {
    const { client, seen } = clientWith(given.option ? { regionCode: given.option } : {});
    await client.vserver.createBlockStorageSnapshotInstanceViaGet({
      originalBlockStorageInstanceNo: "1",
      ...(given.param ? { regionCode: given.param } : {}),
    });
    expect(seen[0]?.url.searchParams.get("regionCode")).toBe(want);
  });

  // Regression test: this case failed before the fix that made it pass.
  it("fills regionCode into a form-POST body when the call leaves it out", async () => {
    const { client, seen } = clientWith({ regionCode: "FKR" });
    await client.vserver.createBlockStorageSnapshotInstance({ originalBlockStorageInstanceNo: "1" });
    expect(new URLSearchParams(seen[0]?.body).get("regionCode")).toBe("FKR");
  });

  const searchRegions = [
    { name: "v2 by default", given: { option: undefined, param: undefined }, want: "v2" },
    {
      name: "the client's searchEngineRegion",
      given: { option: "sgn-v2" as const, param: undefined },
      want: "sgn-v2",
    },
    {
      name: "the caller's apiRegion over the client's",
      given: { option: "sgn-v2" as const, param: "jpn-v2" as const },
      want: "jpn-v2",
    },
  ];
  it.each(searchRegions)("puts $name into the Search Engine path", async ({ given, want }) => {
    const { client, seen } = clientWith(given.option ? { searchEngineRegion: given.option } : {}, () =>
      json({ code: 0, message: "SUCCESS", result: { snapshotHistoryResponseList: [] } }),
    );
    await client.searchEngine.getSnapshotHistory({
      serviceGroupInstanceNo: "42",
      ...(given.param ? { apiRegion: given.param } : {}),
    });
    expect(seen[0]?.url.pathname).toBe(`/api/${want}/snapshot/getSnapshotHistory/42`);
  });

  it("asks for the format responseFormatType names and unwraps the …Response root", async () => {
    const { client, seen } = clientWith();
    const value = await client.vserver.createBlockStorageSnapshotInstanceViaGet({
      originalBlockStorageInstanceNo: "1",
      responseFormatType: "json",
    });
    expect(seen[0]?.headers.get("accept")).toBe("application/json");
    expect(value).toEqual(BLOCK_SNAPSHOT.createBlockStorageSnapshotInstanceResponse);
  });

  it("raises the gateway's 401 as an AuthenticationError without the secret key", async () => {
    const { client } = clientWith({}, () =>
      json({ error: { errorCode: "200", message: `Authentication Failed for ${KEYS.secretKey}` } }, 401),
    );
    const error = await client.vserver
      .createBlockStorageSnapshotInstanceViaGet({
        originalBlockStorageInstanceNo: "1",
        responseFormatType: "json",
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe("200");
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(KEYS.secretKey);
  });
});
