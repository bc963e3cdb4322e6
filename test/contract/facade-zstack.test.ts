import { createZStackClient, PermissionDeniedError, ServerError, type ZStackClient } from "cloudsnap";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { APIS } from "./support/apis";
import { describeFacade } from "./support/describe-facade";
import type { FrontRequest } from "./support/front-types";
import { verifyZStack } from "./support/verify-zstack";
import { startVerifyingFront, type VerifyingFront } from "./support/verifying-front";

const ACCESS_KEY = { accessKeyId: "ZSCONTRACTAK0001", accessKeySecret: "contract-secret-zstack-0123456789" };
const ACCOUNT = { accountName: "admin", password: "contract-password-zstack" };
const UNAUTHENTICATED = /\/zstack\/v1\/(accounts\/login|accounts\/sessions\/|api-jobs\/)/;
const sessions = new Set<string>();
let expireSessions = false;
let front: VerifyingFront;
let client: ZStackClient;

function verify(request: FrontRequest) {
  if (!request.headers.authorization && UNAUTHENTICATED.test(request.target)) return { ok: true } as const;
  if (expireSessions && request.headers.authorization?.startsWith("OAuth ")) {
    expireSessions = false;
    sessions.clear();
  }
  return verifyZStack(request, ACCESS_KEY, sessions, Date.now());
}

function clientWith(overrides: Parameters<typeof createZStackClient>[0] = {}): ZStackClient {
  return createZStackClient({ credentials: ACCOUNT, endpoint: front.url, timeZone: "UTC", ...overrides });
}

const CREATE = /\/zstack\/v1\/volumes\/[0-9a-f]{32}\/volume-snapshots$/;

/**
 * A fetch that asks Prism for one answer per route: the spec declares both the documented 200 and the
 * 202 the server really sends for a create, and Prism serves the lowest 2xx unless told otherwise.
 */
function preferring(prefer: { create?: string; job?: string }): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    const path = new URL(request.url).pathname;
    if (prefer.create && request.method === "POST" && CREATE.test(path)) headers.set("Prefer", prefer.create);
    if (prefer.job && path.includes("/api-jobs/")) headers.set("Prefer", prefer.job);
    return fetch(new Request(request, { headers }));
  };
}

beforeAll(async () => {
  front = await startVerifyingFront(
    inject("mockUrls")["zstack/volume-snapshots"] ?? "",
    verify,
    (request, response, body) => {
      if (request.target.endsWith("/accounts/login") && response.status === 200) {
        const uuid = (JSON.parse(body) as { inventory?: { uuid?: string } }).inventory?.uuid;
        if (uuid) sessions.add(uuid);
      }
    },
  );
  client = clientWith();
});

afterAll(async () => {
  await client.close();
  await front.close();
});

const getApiJob = APIS.find((a) => a.key === "zstack/volume-snapshots")?.operations.getApiJob;
describeFacade({
  key: "zstack/volume-snapshots",
  group: () => client.volumeSnapshots,
  finalShapeOf: (operation) =>
    operation.responses["202"] && operation.operationId !== "getApiJob" ? getApiJob : undefined,
});

describe("ZStack auth and async jobs", () => {
  it("logs in with the SHA-512 of the password and never sends the password itself", () => {
    const logins = front.seen.filter((s) => s.request.target.endsWith("/accounts/login"));
    expect(logins.length).toBeGreaterThan(0);
    for (const login of logins) {
      const body = login.request.body.toString();
      expect(body).not.toContain(ACCOUNT.password);
      expect(body).toMatch(/"password":"[0-9a-f]{128}"/);
    }
  });

  const polls = () => front.seen.filter((s) => s.request.target.startsWith("/zstack/v1/api-jobs/")).length;

  it("follows 202 → location on the configured origin → the final inventory", async () => {
    const following = clientWith({ fetch: preferring({ create: "code=202" }) });
    const before = polls();
    const result = await following.volumeSnapshots.createVolumeSnapshot({
      volumeUuid: "e60a0fb0b75743c1b0fcb017e31db043",
      params: { name: "s" },
    });
    expect(result.inventory.status).toBe("Ready");
    expect(polls() - before).toBeGreaterThan(0);
    await following.close();
  });

  it("takes a create answered 200 with the inventory (as the provider page documents) without polling", async () => {
    const synchronous = clientWith({ fetch: preferring({ create: "code=200, example=snapshotCreated" }) });
    const before = polls();
    const result = await synchronous.volumeSnapshots.createVolumeSnapshot({
      volumeUuid: "e60a0fb0b75743c1b0fcb017e31db043",
      params: { name: "s" },
    });
    expect(result.inventory.uuid).toBe("ec8f396d8a5d48ce8bd949d469c0be62");
    expect(result.inventory.status).toBe("Ready");
    expect(polls() - before).toBe(0);
    await synchronous.close();
  });

  it("raises the job's own error when the job fails (503)", async () => {
    const failing = clientWith({
      fetch: preferring({ create: "code=202", job: "code=503, example=volumeNotEnabled" }),
    });
    const error = await failing.volumeSnapshots
      .createVolumeSnapshot({ volumeUuid: "e60a0fb0b75743c1b0fcb017e31db043", params: { name: "s" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).operation).toBe("getApiJob");
    expect((error as ServerError).code).toBeDefined();
    await failing.close();
  });

  it("logs in again once when the session expired", async () => {
    const fresh = clientWith();
    await fresh.volumeSnapshots.queryVolumeSnapshot({});
    const before = front.seen.filter((s) => s.request.target.endsWith("/accounts/login")).length;
    expireSessions = true;
    await expect(fresh.volumeSnapshots.queryVolumeSnapshot({})).resolves.toBeDefined();
    expect(front.seen.filter((s) => s.request.target.endsWith("/accounts/login")).length - before).toBe(1);
    await fresh.close();
  });

  it("logs out on close()", async () => {
    const closing = clientWith();
    await closing.volumeSnapshots.queryVolumeSnapshot({});
    await closing.close();
    expect(front.seen.at(-1)?.request.method).toBe("DELETE");
    expect(front.seen.at(-1)?.request.target).toMatch(/\/accounts\/sessions\/[0-9a-f]{32}$/);
  });

  describe("AccessKey signing", () => {
    it("is accepted by the independent verifier", async () => {
      const signed = clientWith({ credentials: ACCESS_KEY });
      await expect(signed.volumeSnapshots.queryVolumeSnapshot({})).resolves.toBeDefined();
      expect(front.seen.at(-1)?.request.headers.authorization).toMatch(/^ZStack ZSCONTRACTAK0001:/);
    });

    it("rejects a tampered signature (403 wrong accessKey signature)", async () => {
      const tampering = clientWith({
        credentials: ACCESS_KEY,
        fetch: async (request) => {
          const headers = new Headers(request.headers);
          headers.set("authorization", `${headers.get("authorization")}x`);
          return fetch(new Request(request, { headers }));
        },
      });
      const error = await tampering.volumeSnapshots.queryVolumeSnapshot({}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect((error as PermissionDeniedError).providerMessage).toBe("wrong accessKey signature");
    });

    it("rejects a Date more than 15 minutes off (requestTimeTooSkewed)", async () => {
      const stale = clientWith({
        credentials: ACCESS_KEY,
        now: () => new Date(Date.now() - 20 * 60_000),
        correctClockSkew: false,
      });
      const error = await stale.volumeSnapshots.queryVolumeSnapshot({}).catch((e: unknown) => e);
      expect((error as PermissionDeniedError).providerMessage).toBe("requestTimeTooSkewed");
    });

    it("rejects a wrong secret without revealing it", async () => {
      const wrong = clientWith({
        credentials: { accessKeyId: ACCESS_KEY.accessKeyId, accessKeySecret: "zs-wrong-secret-42" },
      });
      const error = await wrong.volumeSnapshots.queryVolumeSnapshot({}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain("zs-wrong-secret-42");
    });
  });
});
