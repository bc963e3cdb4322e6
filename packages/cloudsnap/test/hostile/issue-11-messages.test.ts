// Issue 11 §2: the messages a user sees first say what went wrong and where, and keep every secret out:
// a closed port, an unknown Huawei region, a redirect, a nested typo; and the three public signers
// take `{ now: new Date() }`.

import { createHmac } from "node:crypto";
import { isNetworkError, isRedirectError, isValidationError } from "cloudsnap";
import { createHuaweiCloudClient, signHuaweiCloudRequest } from "cloudsnap/huaweicloud";
import { signNcloudRequest } from "cloudsnap/ncloud";
import { signZStackRequest } from "cloudsnap/zstack";
import { afterEach, describe, expect, it } from "vitest";
import {
  documented,
  EVS_AKSK,
  FAST_WAIT,
  HUAWEI_SECRET,
  newWorld,
  secretsOf,
  TARGETS,
  VSERVER,
} from "./support/apis";
import { closeAll, serve, startServer } from "./support/server";
import { caught, leaks, surfacesOf } from "./support/surfaces";

afterEach(closeAll);

describe("issue 11 §2: first messages", () => {
  for (const target of TARGETS) {
    it(`${target.label}: a closed port → NetworkError naming host:port and ECONNREFUSED, no secret`, async () => {
      const closed = await startServer();
      const { origin, port } = closed;
      await closed.close();
      const calls = target.client(origin);
      const error = await caught(() => calls.create(target.validParams(), FAST_WAIT));
      expect(isNetworkError(error), String(error)).toBe(true);
      expect((error as Error).message).toContain(`127.0.0.1:${port}`);
      expect((error as Error).message).toContain("ECONNREFUSED");
      expect((error as { maybeSent: boolean }).maybeSent).toBe(false);
      expect(leaks(surfacesOf(error), secretsOf(target, []))).toEqual([]);
    });
  }

  it("an unknown Huawei region → names the host that did not resolve and says the region may be wrong", async () => {
    const asked: string[] = [];
    // What undici throws when DNS does not know the host (no DNS here: the fetch fails the same way).
    const fetch = async (request: Request): Promise<Response> => {
      const host = new URL(request.url).hostname;
      asked.push(host);
      const cause = Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), {
        code: "ENOTFOUND",
        errno: -3008,
        syscall: "getaddrinfo",
        hostname: host,
      });
      throw new TypeError("fetch failed", { cause });
    };
    const { evs } = createHuaweiCloudClient({
      credentials: { accessKey: "HWHOSTILEACCESSKEY01", secretKey: HUAWEI_SECRET },
      projectId: "0123456789abcdef0123456789abcdef",
      region: "xx-nowhere-9",
      fetch,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
    });
    const error = await caught(() => evs.createSnapshot(EVS_AKSK.validParams() as never));
    expect(isNetworkError(error), String(error)).toBe(true);
    const message = (error as Error).message;
    expect(asked[0]).toBe("evs.xx-nowhere-9.myhuaweicloud.com");
    expect(message).toContain("evs.xx-nowhere-9.myhuaweicloud.com");
    expect(message).toContain("ENOTFOUND");
    expect(message).toMatch(/region "xx-nowhere-9" may be wrong/);
    expect(leaks(surfacesOf(error), [HUAWEI_SECRET])).toEqual([]);
  });

  it("a 3xx → the redirect message with the Location's origin", async () => {
    const server = await serve();
    const foreign = await serve();
    const normal = documented(VSERVER, newWorld());
    server.handler = (request) =>
      VSERVER.route(request)?.role === "create"
        ? { status: 301, headers: { location: `${foreign.origin}/vserver/v2/elsewhere?x=1` } }
        : normal(request);
    const error = await caught(() => VSERVER.client(server.origin).create(VSERVER.validParams()));
    expect(isRedirectError(error)).toBe(true);
    const message = (error as Error).message;
    expect(message).toContain(`301 Moved Permanently, a redirect to ${foreign.origin}`);
    expect(message).toMatch(/redirects are refused: cloudsnap never forwards credentials/i);
    expect(message).not.toContain("elsewhere");
    expect(foreign.seen).toEqual([]);
  });

  it("a nested typo { snapshot: { volumeId } } → names snapshot.volumeId and suggests volume_id", async () => {
    const server = await serve();
    const error = await caught(() =>
      EVS_AKSK.client(server.origin).create({
        snapshot: { volumeId: "2c194dde-7de5-4529-a141-49f48181f411" },
      }),
    );
    expect(isValidationError(error)).toBe(true);
    const message = (error as Error).message;
    expect(message).toContain("snapshot.volumeId");
    expect(message).toMatch(/did you mean volume_id/);
    expect(message).not.toContain("2c194dde");
    expect(server.seen).toEqual([]);
  });

  it("signNcloudRequest(req, creds, { now: new Date() }) signs, and the signature checks out", async () => {
    const now = new Date();
    const request = new Request("https://ncloud.apigw.ntruss.com/vserver/v2/getRegionList", {
      method: "POST",
    });
    const signed = await signNcloudRequest(
      request,
      { accessKey: "AKEXAMPLE", secretKey: "SKEXAMPLE-secret" },
      { now },
    );
    expect(signed.headers.get("x-ncp-apigw-timestamp")).toBe(String(now.getTime()));
    const expected = createHmac("sha256", "SKEXAMPLE-secret")
      .update(`POST /vserver/v2/getRegionList\n${now.getTime()}\nAKEXAMPLE`)
      .digest("base64");
    expect(signed.headers.get("x-ncp-apigw-signature-v2")).toBe(expected);
    expect(request.headers.get("x-ncp-apigw-signature-v2")).toBeNull();
  });

  it("signHuaweiCloudRequest(req, creds, { now: new Date() }) signs with SDK-HMAC-SHA256", async () => {
    const now = new Date(Date.UTC(2025, 2, 1, 8, 15, 30));
    const request = new Request("https://evs.cn-north-4.myhuaweicloud.com/v5/p/snapshots", {
      method: "POST",
      body: '{"snapshot":{"volume_id":"v"}}',
      headers: { "content-type": "application/json" },
    });
    const signed = await signHuaweiCloudRequest(
      request,
      { accessKey: "AK", secretKey: HUAWEI_SECRET },
      { now },
    );
    expect(signed.headers.get("x-sdk-date")).toBe("20250301T081530Z");
    expect(signed.headers.get("authorization")).toMatch(
      /^SDK-HMAC-SHA256 Access=AK, SignedHeaders=[a-z;-]+, Signature=[0-9a-f]{64}$/,
    );
    expect(await signed.text()).toBe('{"snapshot":{"volume_id":"v"}}');
    const live = await signHuaweiCloudRequest(
      request,
      { accessKey: "AK", secretKey: HUAWEI_SECRET },
      { now: new Date() },
    );
    expect(live.headers.get("authorization")).toMatch(/^SDK-HMAC-SHA256 /);
  });

  it("signZStackRequest(req, creds, { now: new Date() }) signs with the ZStack scheme", async () => {
    const request = new Request("http://zstack.example:8080/zstack/v1/volumes/v/volume-snapshots", {
      method: "POST",
      body: "{}",
    });
    const signed = await signZStackRequest(
      request,
      { accessKeyId: "ZSAK", accessKeySecret: "zstack-secret-value" },
      { now: new Date(), timeZone: "UTC" },
    );
    expect(signed.headers.get("authorization")).toMatch(/^ZStack ZSAK:[A-Za-z0-9+/]+=*$/);
    expect(signed.headers.get("date")).toMatch(/GMT/);
  });
});
