import { createHash, createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TimeoutError } from "../../../src/core/errors";
import { PermissionDeniedError, ServerError } from "../../../src/core/http-errors";
import { createZStackClient, type ZStackClientOptions } from "../../../src/providers/zstack/client";
import { zstackInventory } from "../../support/valid-answers";
import { json, outcomeWithin, recordingFetch, type SeenRequest } from "../support/recording-fetch";
import {
  isJobPoll,
  isLogin,
  isLogout,
  loggedIn,
  NO_SNAPSHOTS,
  SESSIONS,
  sessionExpired,
} from "./support/zstack-answers";

const ORIGIN = "http://zs.example.test:8080";
const ACCOUNT = { accountName: "admin", password: "unit-password-zstack" };
const ACCESS_KEY = { accessKeyId: "ZSUNITAK0001", accessKeySecret: "unit-secret-zstack-0123456789" };
const VOLUME = "e60a0fb0b75743c1b0fcb017e31db043";
const JOB = "9b1f4e0c2d3a4b5c6d7e8f9a0b1c2d3e";
const INVENTORY = zstackInventory({
  uuid: "1a2b3c4d5e6f708192a3b4c5d6e7f809",
  name: "s",
  status: "Ready",
  volumeUuid: VOLUME,
});

type Api = (request: SeenRequest, seen: readonly SeenRequest[]) => Response;

/** A fake management node: logs in (session n for the n-th login), logs out, and answers the rest with `api`. */
function clientWith(api: Api, options: ZStackClientOptions = {}) {
  const { fetch, seen } = recordingFetch((request, all) => {
    if (isLogin(request)) return loggedIn(all.filter(isLogin).length - 1);
    if (isLogout(request)) return json({});
    return api(request, all);
  });
  const client = createZStackClient({ credentials: ACCOUNT, endpoint: ORIGIN, fetch, ...options });
  const calls = () => seen.filter((s) => !isLogin(s) && !isLogout(s));
  return { client, seen, calls, logins: () => seen.filter(isLogin) };
}

describe("createZStackClient", () => {
  describe("with a session", () => {
    it("logs in with the SHA-512 hex of the password and sends Authorization: OAuth <session>", async () => {
      const { client, calls, logins } = clientWith(() => json(NO_SNAPSHOTS));
      await client.volumeSnapshots.queryVolumeSnapshot({});
      await client.volumeSnapshots.queryVolumeSnapshot({});
      expect(logins()).toHaveLength(1);
      expect(logins()[0]?.url.href).toBe(`${ORIGIN}/zstack/v1/accounts/login`);
      const sent = JSON.parse(logins()[0]?.body ?? "{}") as { logInByAccount: { password: string } };
      expect(sent.logInByAccount.password).toBe(createHash("sha512").update(ACCOUNT.password).digest("hex"));
      expect(logins()[0]?.body).not.toContain(ACCOUNT.password);
      expect(calls().map((c) => c.headers.get("authorization"))).toEqual([
        `OAuth ${SESSIONS[0]}`,
        `OAuth ${SESSIONS[0]}`,
      ]);
    });

    it("follows a 202 create by polling the configured origin, not the host in location", async () => {
      const { client, calls } = clientWith((request) => {
        if (request.method === "POST")
          return json({ location: `http://10.0.0.9:8080/zstack/v1/api-jobs/${JOB}`, apiTimeout: 60 }, 202);
        const polled = calls().filter(isJobPoll).length;
        return polled < 2 ? json({}, 202) : json({ inventory: INVENTORY });
      });
      const result = await client.volumeSnapshots.createVolumeSnapshot(
        { volumeUuid: VOLUME, params: { name: "s" } },
        { intervalMs: 1 },
      );
      expect(result).toEqual({ inventory: INVENTORY });
      const polls = calls().filter(isJobPoll);
      expect(polls.map((p) => p.url.href)).toEqual([
        `${ORIGIN}/zstack/v1/api-jobs/${JOB}`,
        `${ORIGIN}/zstack/v1/api-jobs/${JOB}`,
      ]);
      expect(polls.every((p) => p.headers.get("authorization") === `OAuth ${SESSIONS[0]}`)).toBe(true);
    });

    it("does not carry the create's own headers onto the polls", async () => {
      const { client, calls } = clientWith((request) =>
        request.method === "POST"
          ? json({ location: `${ORIGIN}/zstack/v1/api-jobs/${JOB}` }, 202)
          : json({ inventory: INVENTORY }),
      );
      await client.volumeSnapshots.createVolumeSnapshot(
        { volumeUuid: VOLUME, params: { name: "s" } },
        { headers: { "X-Trace": "create-only" } },
      );
      expect(calls().map((c) => c.headers.get("x-trace"))).toEqual(["create-only", null]);
    });

    it("raises a failed job (503) as a ServerError of getApiJob with ZStack's code", async () => {
      const { client } = clientWith((request) =>
        request.method === "POST"
          ? json({ location: `${ORIGIN}/zstack/v1/api-jobs/${JOB}` }, 202)
          : json(
              { error: { code: "SYS.1006", description: "operation failed", details: "volume not enabled" } },
              503,
            ),
      );
      const error = await client.volumeSnapshots
        .createVolumeSnapshot({ volumeUuid: VOLUME, params: { name: "s" } }, { intervalMs: 1 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServerError);
      expect(error).toMatchObject({ operation: "getApiJob", code: "SYS.1006", status: 503 });
      expect((error as ServerError).providerMessage).toBe("operation failed: volume not enabled");
    });

    it("logs in again once and resends when the session expired (503 ID.1001)", async () => {
      const { client, calls, logins } = clientWith((request) =>
        request.headers.get("authorization") === `OAuth ${SESSIONS[0]}`
          ? sessionExpired()
          : json(NO_SNAPSHOTS),
      );
      await expect(client.volumeSnapshots.queryVolumeSnapshot({})).resolves.toEqual(NO_SNAPSHOTS);
      expect(logins()).toHaveLength(2);
      expect(calls().map((c) => c.headers.get("authorization"))).toEqual([
        `OAuth ${SESSIONS[0]}`,
        `OAuth ${SESSIONS[1]}`,
      ]);
    });

    it("gives up with the ServerError when the fresh session is refused too", async () => {
      const { client, calls, logins } = clientWith(() => sessionExpired());
      const error = await client.volumeSnapshots.queryVolumeSnapshot({}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServerError);
      expect((error as ServerError).code).toBe("ID.1001");
      expect(logins()).toHaveLength(2);
      expect(calls()).toHaveLength(2);
    });

    it("keeps the session id out of an error that echoes it", async () => {
      const { client } = clientWith(
        (request) =>
          new Response(`denied for ${request.headers.get("authorization")}`, {
            status: 403,
            headers: { "content-type": "text/plain" },
          }),
      );
      const error = await client.volumeSnapshots.queryVolumeSnapshot({}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(SESSIONS[0]);
    });

    it("logs out on close(), once, and not at all before any login", async () => {
      const { client, seen } = clientWith(() => json(NO_SNAPSHOTS));
      await client.close();
      expect(seen).toHaveLength(0);
      await client.volumeSnapshots.queryVolumeSnapshot({});
      await client.close();
      await client.close();
      const logouts = seen.filter(isLogout);
      expect(logouts.map((l) => [l.method, l.url.href])).toEqual([
        ["DELETE", `${ORIGIN}/zstack/v1/accounts/sessions/${SESSIONS[0]}`],
      ]);
    });

    // Regression test: this case failed before the fix that made it pass.
    it("times out a login that never answers", async () => {
      const hanging = () => new Promise<Response>(() => undefined);
      const client = createZStackClient({
        credentials: ACCOUNT,
        endpoint: ORIGIN,
        fetch: hanging,
        timeoutMs: 20,
      });
      const outcome = await outcomeWithin(client.volumeSnapshots.queryVolumeSnapshot({}), 300);
      expect(outcome).toBeInstanceOf(TimeoutError);
    });
  });

  describe("with an AccessKey", () => {
    it("signs Authorization: ZStack <id>:<HMAC-SHA1> over method, Date and URI, without logging in", async () => {
      const { client, seen } = clientWith(() => json(NO_SNAPSHOTS), {
        credentials: ACCESS_KEY,
        timeZone: "UTC",
        now: () => new Date("2025-03-01T12:00:00Z"),
      });
      await client.volumeSnapshots.queryVolumeSnapshot({});
      expect(seen.filter(isLogin)).toHaveLength(0);
      const date = "Sat, 01 Mar 2025 12:00:00 GMT";
      expect(seen[0]?.headers.get("date")).toBe(date);
      const signature = createHmac("sha1", ACCESS_KEY.accessKeySecret)
        .update(`GET\n${date}\n/v1/volume-snapshots`)
        .digest("base64");
      expect(seen[0]?.headers.get("authorization")).toBe(`ZStack ${ACCESS_KEY.accessKeyId}:${signature}`);
    });

    it("keeps the secret out of an error", async () => {
      const { client } = clientWith(
        () =>
          new Response(`bad secret ${ACCESS_KEY.accessKeySecret}`, {
            status: 403,
            headers: { "content-type": "text/plain" },
          }),
        { credentials: ACCESS_KEY, timeZone: "UTC" },
      );
      const error = await client.volumeSnapshots.queryVolumeSnapshot({}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermissionDeniedError);
      expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(ACCESS_KEY.accessKeySecret);
    });
  });

  const origins = [
    {
      name: "the endpoint",
      given: { endpoint: "https://zstack.example.test/" },
      want: "https://zstack.example.test",
    },
    { name: "host and port", given: { host: "10.1.2.3", port: 5000 }, want: "http://10.1.2.3:5000" },
  ];
  it.each(origins)("sends requests to $name", async ({ given, want }) => {
    const { fetch, seen } = recordingFetch((request) =>
      isLogin(request) ? loggedIn(0) : json(NO_SNAPSHOTS),
    );
    const client = createZStackClient({ credentials: ACCOUNT, fetch, ...given });
    await client.volumeSnapshots.queryVolumeSnapshot({});
    expect(seen.map((s) => s.url.origin)).toEqual([want, want]);
  });
});
