import { describe, expect, it } from "vitest";
import { TimeoutError } from "../../../src/core/errors";
import { AuthenticationError } from "../../../src/core/http-errors";
import {
  createHuaweiCloudClient,
  type HuaweiCloudClientOptions,
} from "../../../src/providers/huaweicloud/client";
import { json, outcomeWithin, recordingFetch, type SeenRequest } from "../support/recording-fetch";
import { tokenCreated, tokenExpired } from "./support/iam-answers";

const KEYS = { accessKey: "HWUNITAK000000000001", secretKey: "unit-secret-huawei-0123456789" };
const PROJECT = "0123456789abcdef0123456789abcdef";
const NOW = new Date("2025-03-01T12:00:00Z");
const USER = { userName: "ops", password: "unit-password-huawei", domainName: "example-account" };
const SNAPSHOT = { snapshot: { id: "bb02c803", status: "available" } };

const isIam = (request: SeenRequest) => request.url.pathname === "/v3/auth/tokens";

function clientWith(options: HuaweiCloudClientOptions, route = (_request: SeenRequest) => json(SNAPSHOT)) {
  const { fetch, seen } = recordingFetch(route);
  const client = createHuaweiCloudClient({ now: () => NOW, fetch, ...options });
  return { client, seen, evs: () => seen.filter((s) => !isIam(s)), iam: () => seen.filter(isIam) };
}

describe("createHuaweiCloudClient", () => {
  describe("with AK/SK", () => {
    it("fills project_id from projectId and sends it as a signed X-Project-Id", async () => {
      const { client, seen } = clientWith({ credentials: KEYS, projectId: PROJECT });
      await client.evs.showSnapshot({ snapshot_id: "bb02c803" });
      const request = seen[0];
      expect(request?.url.href).toBe(
        `https://evs.cn-north-4.myhuaweicloud.com/v5/${PROJECT}/snapshots/bb02c803`,
      );
      expect(request?.headers.get("x-project-id")).toBe(PROJECT);
      const signed = /SignedHeaders=([^,]+)/.exec(request?.headers.get("authorization") ?? "")?.[1];
      expect(signed?.split(";")).toContain("x-project-id");
      expect(request?.headers.get("authorization")).toMatch(/^SDK-HMAC-SHA256 Access=HWUNITAK000000000001, /);
      expect(request?.headers.get("x-sdk-date")).toBe("20250301T120000Z");
    });

    it("keeps a project_id the caller passed", async () => {
      const { client, seen } = clientWith({ credentials: KEYS, projectId: PROJECT });
      await client.evs.showSnapshot({ project_id: "other-project", snapshot_id: "s" });
      expect(seen[0]?.url.pathname).toBe("/v5/other-project/snapshots/s");
    });

    it("falls back to the project id in the credentials", async () => {
      const { client, seen } = clientWith({ credentials: { ...KEYS, projectId: "from-credentials" } });
      await client.evs.showSnapshot({ snapshot_id: "s" });
      expect(seen[0]?.url.pathname).toBe("/v5/from-credentials/snapshots/s");
      expect(seen[0]?.headers.get("x-project-id")).toBe("from-credentials");
    });

    const hosts = [
      {
        name: "the region's EVS host",
        given: { region: "ap-southeast-1" },
        want: "https://evs.ap-southeast-1.myhuaweicloud.com",
      },
      { name: "cn-north-4 by default", given: {}, want: "https://evs.cn-north-4.myhuaweicloud.com" },
      {
        name: "the shared endpoint",
        given: { endpoint: "http://127.0.0.1:4010" },
        want: "http://127.0.0.1:4010",
      },
      {
        name: "endpoints.evs over the shared endpoint",
        given: { endpoint: "http://127.0.0.1:4010", endpoints: { evs: "http://127.0.0.1:4011" } },
        want: "http://127.0.0.1:4011",
      },
    ];
    it.each(hosts)("sends EVS calls to $name", async ({ given, want }) => {
      const { client, seen } = clientWith({ credentials: KEYS, projectId: PROJECT, ...given });
      await client.evs.showSnapshot({ snapshot_id: "s" });
      expect(seen[0]?.url.origin).toBe(want);
    });
  });

  describe("with IAM user credentials", () => {
    const future = new Date(NOW.getTime() + 24 * 3_600_000);

    it("gets one token for two calls from the region's IAM and sends it as X-Auth-Token", async () => {
      const { client, evs, iam } = clientWith(
        { credentials: USER, projectId: PROJECT, region: "cn-east-3" },
        (r) => (isIam(r) ? tokenCreated("token-A", future) : json(SNAPSHOT)),
      );
      await client.evs.showSnapshot({ snapshot_id: "s1" });
      await client.evs.showSnapshot({ snapshot_id: "s2" });
      expect(iam()).toHaveLength(1);
      expect(iam()[0]?.url.href).toBe(
        "https://iam.cn-east-3.myhuaweicloud.com/v3/auth/tokens?nocatalog=true",
      );
      expect(JSON.parse(iam()[0]?.body ?? "{}")).toEqual({
        auth: {
          identity: {
            methods: ["password"],
            password: { user: { name: "ops", password: USER.password, domain: { name: "example-account" } } },
          },
          scope: { project: { name: "cn-east-3" } },
        },
      });
      expect(evs().map((s) => s.headers.get("x-auth-token"))).toEqual(["token-A", "token-A"]);
      expect(evs().every((s) => s.headers.get("authorization") === null)).toBe(true);
      expect(evs()[0]?.url.href).toBe(`https://evs.cn-east-3.myhuaweicloud.com/v5/${PROJECT}/snapshots/s1`);
    });

    it("renews the token once and resends when a call is rejected because the token expired", async () => {
      let issued = 0;
      const { client, evs, iam } = clientWith({ credentials: USER, projectId: PROJECT }, (r) => {
        if (isIam(r)) return tokenCreated(`token-${++issued}`, future);
        return r.headers.get("x-auth-token") === "token-1" ? tokenExpired() : json(SNAPSHOT);
      });
      await expect(client.evs.showSnapshot({ snapshot_id: "s" })).resolves.toEqual(SNAPSHOT);
      expect(iam()).toHaveLength(2);
      expect(evs().map((s) => s.headers.get("x-auth-token"))).toEqual(["token-1", "token-2"]);
    });

    it("does not renew the token on a 401 that is not about expiry", async () => {
      const { client, iam, evs } = clientWith({ credentials: USER, projectId: PROJECT }, (r) =>
        isIam(r)
          ? tokenCreated("token-1", future)
          : json({ error_code: "APIGW.0101", error_msg: "no access" }, 401),
      );
      await expect(client.evs.showSnapshot({ snapshot_id: "s" })).rejects.toBeInstanceOf(AuthenticationError);
      expect(iam()).toHaveLength(1);
      expect(evs()).toHaveLength(1);
    });

    it("uses endpoints.iam for the token", async () => {
      const { client, iam } = clientWith(
        { credentials: USER, projectId: PROJECT, endpoints: { iam: "http://127.0.0.1:4020" } },
        (r) => (isIam(r) ? tokenCreated("t", future) : json(SNAPSHOT)),
      );
      await client.evs.showSnapshot({ snapshot_id: "s" });
      expect(iam()[0]?.url.origin).toBe("http://127.0.0.1:4020");
    });

    // Regression test: this case failed before the fix that made it pass.
    it("fills project_id from the IAM user's projectId", async () => {
      const { client, evs } = clientWith({ credentials: { ...USER, projectId: PROJECT } }, (r) =>
        isIam(r) ? tokenCreated("t", future) : json(SNAPSHOT),
      );
      await client.evs.showSnapshot({ snapshot_id: "s" });
      expect(evs()[0]?.url.pathname).toBe(`/v5/${PROJECT}/snapshots/s`);
    });

    // Regression test: this case failed before the fix that made it pass.
    it("times out a createToken call that never answers", async () => {
      const hanging = () => new Promise<Response>(() => undefined);
      const client = createHuaweiCloudClient({
        credentials: USER,
        projectId: PROJECT,
        fetch: hanging,
        timeoutMs: 20,
      });
      const outcome = await outcomeWithin(client.evs.showSnapshot({ snapshot_id: "s" }), 300);
      expect(outcome).toBeInstanceOf(TimeoutError);
    });
  });
});
