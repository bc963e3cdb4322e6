import { AuthenticationError, createHuaweiCloudClient, type HuaweiCloudClient } from "cloudsnap";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { describeFacade } from "./support/describe-facade";
import { verifyHuaweiCloud } from "./support/verify-huaweicloud";
import { startVerifyingFront, type VerifyingFront } from "./support/verifying-front";

const KEYS = { accessKey: "HWCONTRACTAK000000001", secretKey: "contract-secret-huawei-0123456789" };
const PROJECT = "0123456789abcdef0123456789abcdef";
// Prism's token example was issued 2025-03-01T08:15:30Z and lasts 24 h: run the token clock inside it.
const TOKEN_CLOCK = () => new Date("2025-03-01T12:00:00Z");
const USER = {
  userName: "ops",
  password: "contract-password-huawei",
  domainName: "example-account",
  projectName: "cn-north-4",
};
const issuedTokens = new Set<string>();
let rejectNextToken = false;
let evsFront: VerifyingFront;
let iamFront: VerifyingFront;
let client: HuaweiCloudClient;

function clientWith(overrides: Parameters<typeof createHuaweiCloudClient>[0] = {}): HuaweiCloudClient {
  return createHuaweiCloudClient({
    credentials: KEYS,
    projectId: PROJECT,
    endpoints: { evs: evsFront.url, iam: iamFront.url },
    ...overrides,
  });
}

beforeAll(async () => {
  evsFront = await startVerifyingFront(inject("mockUrls")["huaweicloud/evs"] ?? "", (request) => {
    if (rejectNextToken && request.headers["x-auth-token"]) {
      rejectNextToken = false;
      return {
        ok: false,
        why: "expired",
        status: 401,
        contentType: "application/json",
        body: JSON.stringify({
          error_code: "APIGW.0301",
          error_msg:
            "Incorrect IAM authentication information: token expires, expires_at: 2020-01-01T00:00:00Z",
          request_id: "r1",
        }),
      };
    }
    return verifyHuaweiCloud(request, KEYS, issuedTokens, Date.now());
  });
  iamFront = await startVerifyingFront(
    inject("mockUrls")["huaweicloud/iam"] ?? "",
    () => ({ ok: true }),
    (_request, response) => {
      const token = response.headers.get("x-subject-token");
      if (token) issuedTokens.add(token);
    },
  );
  client = clientWith();
});

afterAll(async () => {
  await Promise.all([evsFront.close(), iamFront.close()]);
});

describeFacade({
  key: "huaweicloud/evs",
  group: () => client.evs,
  clientFilled: ["project_id"],
  // The API documents snapshot.volume_id as optional; the facade refuses a create without it.
  facadeRequires: { createSnapshot: [["snapshot", "volume_id"]] },
});

describe("Huawei signing, checked by the official SDK signer in the verifying front", () => {
  it("every AK/SK request matched the official signer", () => {
    const aksk = evsFront.seen.filter((s) => s.request.headers.authorization?.startsWith("SDK-HMAC-SHA256"));
    expect(aksk.length).toBeGreaterThan(10);
    expect(aksk.filter((s) => !s.verdict.ok && !s.request.headers["x-test-tamper"])).toEqual([]);
    expect(aksk.every((s) => s.request.headers["x-project-id"] === PROJECT)).toBe(true);
  });

  it("rejects a tampered signature with APIGW.0301", async () => {
    const tampering = clientWith({
      fetch: async (request) => {
        const headers = new Headers(request.headers);
        headers.set(
          "authorization",
          (headers.get("authorization") ?? "").replace(/Signature=\w{4}/, "Signature=0000"),
        );
        headers.set("x-test-tamper", "1");
        return fetch(new Request(request, { headers }));
      },
    });
    const error = await tampering.evs.showSnapshot({ snapshot_id: "s" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe("APIGW.0301");
  });

  it("rejects an X-Sdk-Date more than 15 minutes old", async () => {
    const stale = clientWith({ now: () => new Date(Date.now() - 20 * 60_000), correctClockSkew: false });
    await expect(stale.evs.showJob({ job_id: "j" })).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("rejects a wrong secret key without revealing it", async () => {
    const wrong = clientWith({
      credentials: { accessKey: KEYS.accessKey, secretKey: "wrong-secret-value-123" },
    });
    const error = await wrong.evs.showJob({ job_id: "j" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain("wrong-secret-value-123");
  });
});

describe("IAM token auth", () => {
  it("gets a token once, caches it, and sends it as X-Auth-Token", async () => {
    const tokenClient = clientWith({ credentials: USER, now: TOKEN_CLOCK });
    const before = iamFront.seen.length;
    await tokenClient.evs.createSnapshot({ snapshot: { volume_id: "2c194dde-7de5-4529-a141-49f48181f411" } });
    await tokenClient.evs.showSnapshot({ snapshot_id: "bb02c803-55ac-4e84-9c80-60d352199d7d" });
    expect(iamFront.seen.length - before).toBe(1);
    const last = evsFront.seen.at(-1);
    expect(last?.request.headers["x-auth-token"]).toBeDefined();
    expect(last?.request.headers.authorization).toBeUndefined();
  });

  it("refreshes the token once when a call is rejected as expired", async () => {
    const tokenClient = clientWith({ credentials: USER, now: TOKEN_CLOCK });
    await tokenClient.evs.showJob({ job_id: "j" });
    const before = iamFront.seen.length;
    rejectNextToken = true;
    await expect(tokenClient.evs.showJob({ job_id: "j" })).resolves.toBeDefined();
    expect(iamFront.seen.length - before).toBe(1);
  });
});
