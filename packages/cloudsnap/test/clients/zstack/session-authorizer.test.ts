import { createHash } from "node:crypto";
import { createVolumeSnapshotsClient, volumeSnapshots } from "@cloudsnap/zstack";
import { describe, expect, it } from "vitest";
import { createSessionAuthorizer, createSessionCall } from "../../../src/clients/zstack/session-authorizer";
import { ServerError } from "../../../src/errors";
import type { RawResponse } from "../../../src/http/raw-response";
import { json, recordingFetch, type SeenRequest } from "../support/recording-fetch";
import { isLogin, loggedIn, SESSIONS } from "./support/zstack-answers";

const ACCOUNT = { accountName: "admin", password: "unit-password-zstack" };

function authorizerWith(route: (request: SeenRequest, seen: readonly SeenRequest[]) => Response) {
  const { fetch, seen } = recordingFetch(route);
  const api = {
    provider: "zstack" as const,
    operations: volumeSnapshots.OPERATIONS,
    shapes: volumeSnapshots.SHAPES,
    bound: createVolumeSnapshotsClient({ baseUrl: "http://zs.example.test:8080" }),
  };
  const authorizer = createSessionAuthorizer(async () => ACCOUNT, createSessionCall(api, fetch));
  const sessionOf = async () =>
    (
      await authorizer.authorize(new Request("http://zs.example.test:8080/zstack/v1/volume-snapshots"))
    ).headers.get("authorization");
  return { authorizer, seen, sessionOf };
}

const logins = (seen: readonly SeenRequest[]) => seen.filter(isLogin);

function response(status: number, text: string): RawResponse {
  return {
    status,
    text,
    headers: new Headers(),
    method: "GET",
    url: "http://zs.example.test:8080/zstack/v1/x",
  };
}

describe("createSessionAuthorizer", () => {
  it("logs in once with the SHA-512 hex of the password, shared by concurrent calls", async () => {
    const { seen, sessionOf } = authorizerWith((_r, all) => loggedIn(logins(all).length - 1));
    expect(await Promise.all([sessionOf(), sessionOf()])).toEqual([
      `OAuth ${SESSIONS[0]}`,
      `OAuth ${SESSIONS[0]}`,
    ]);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe("PUT");
    expect(JSON.parse(seen[0]?.body ?? "{}")).toEqual({
      logInByAccount: {
        accountName: "admin",
        password: createHash("sha512").update(ACCOUNT.password).digest("hex"),
      },
    });
    expect(seen[0]?.body).not.toContain(ACCOUNT.password);
  });

  it("raises a refused login as a typed error without the password or its digest", async () => {
    const digest = createHash("sha512").update(ACCOUNT.password).digest("hex");
    const { sessionOf } = authorizerWith(() =>
      json(
        { error: { code: "ID.1000", description: `wrong password ${digest} / ${ACCOUNT.password}` } },
        503,
      ),
    );
    const error = await sessionOf().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ operation: "logInByAccount", code: "ID.1000" });
    const printed = `${String(error)} ${JSON.stringify(error)}`;
    expect(printed).not.toContain(ACCOUNT.password);
    expect(printed).not.toContain(digest);
  });

  const verdicts = [
    { name: "a 503 with ID.1001", given: response(503, '{"error":{"code":"ID.1001"}}'), want: true },
    { name: "a 401 from a proxy", given: response(401, "unauthorized"), want: true },
    { name: "a 503 with another code", given: response(503, '{"error":{"code":"SYS.1000"}}'), want: false },
    { name: "a success", given: response(200, "{}"), want: false },
  ];
  it.each(verdicts)("asks for a fresh login after $name: $want", async ({ given, want }) => {
    const { authorizer, sessionOf } = authorizerWith((_r, all) => loggedIn(logins(all).length - 1));
    await sessionOf();
    expect(await authorizer.refreshIfExpired?.(given)).toBe(want);
  });

  it("does not ask for a fresh login before it ever logged in", async () => {
    const { authorizer } = authorizerWith(() => loggedIn(0));
    expect(await authorizer.refreshIfExpired?.(response(401, ""))).toBe(false);
  });

  it("logs in again after a session was declared expired", async () => {
    const { authorizer, sessionOf } = authorizerWith((_r, all) => loggedIn(logins(all).length - 1));
    await sessionOf();
    await authorizer.refreshIfExpired?.(response(503, '{"error":{"code":"ID.1001"}}'));
    expect(await sessionOf()).toBe(`OAuth ${SESSIONS[1]}`);
  });

  it("lists the session and the password as secrets, and forgets the session on close", async () => {
    const { authorizer, seen, sessionOf } = authorizerWith((r) => (isLogin(r) ? loggedIn(0) : json({})));
    expect(authorizer.secrets()).toEqual([]);
    await sessionOf();
    expect(authorizer.secrets()).toEqual([SESSIONS[0], ACCOUNT.password]);
    await authorizer.close();
    expect(seen.at(-1)?.method).toBe("DELETE");
    expect(seen.at(-1)?.url.pathname).toBe(`/zstack/v1/accounts/sessions/${SESSIONS[0]}`);
    expect(authorizer.secrets()).toEqual([ACCOUNT.password]);
  });
});
