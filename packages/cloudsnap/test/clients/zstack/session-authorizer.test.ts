import { createHash } from "node:crypto";
import { volumeSnapshots } from "@cloudsnap/zstack/metadata";
import { describe, expect, it } from "vitest";
import { createTransport } from "../../../src/core/call-options";
import { ServerError } from "../../../src/core/http-errors";
import { callOperation } from "../../../src/core/pipeline";
import {
  type Authorizer,
  type Answer as RawResponse,
  type SignedAttempt,
  withoutAuth,
} from "../../../src/core/provider";
import { createSessionAuthorizer } from "../../../src/providers/zstack/auth";
import { ZSTACK_RULES } from "../../../src/providers/zstack/rules";
import { authorizeWithAttempt } from "../../support/authorize";
import { json, recordingFetch, type SeenRequest } from "../support/recording-fetch";
import { isLogin, loggedIn, SESSIONS } from "./support/zstack-answers";

const ACCOUNT = { accountName: "admin", password: "unit-password-zstack" };

function authorizerWith(route: (request: SeenRequest, seen: readonly SeenRequest[]) => Response) {
  const { fetch, seen } = recordingFetch(route);
  const base = {
    rules: ZSTACK_RULES,
    origin: "http://zs.example.test:8080",
    host: "zs.example.test:8080",
    operations: volumeSnapshots.OPERATIONS,
    shapes: volumeSnapshots.SHAPES,
    transport: createTransport("test", { fetch }),
  };
  const authorizer = createSessionAuthorizer(
    async () => ACCOUNT,
    async (operationId, params, secrets) =>
      (await callOperation({ ...base, authorizer: withoutAuth(() => secrets) }, operationId, params)).value,
  );
  let last: SignedAttempt = { headers: {}, secrets: [] };
  const sessionOf = async () => {
    const signed = await authorizeWithAttempt(
      authorizer,
      new Request("http://zs.example.test:8080/zstack/v1/volume-snapshots"),
    );
    last = signed.attempt;
    return signed.request.headers.get("authorization");
  };
  /** Shows the authorizer an answer to the request it signed last, as the pipeline does. */
  const refreshIfExpired = (response: RawResponse) => recover(authorizer, response, last);
  return { authorizer, seen, sessionOf, refreshIfExpired };
}

const logins = (seen: readonly SeenRequest[]) => seen.filter(isLogin);

function recover(authorizer: Authorizer, response: RawResponse, attempt: SignedAttempt) {
  return authorizer.recover?.(response, attempt, new AbortController().signal);
}

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
    const { sessionOf, refreshIfExpired } = authorizerWith((_r, all) => loggedIn(logins(all).length - 1));
    await sessionOf();
    expect(await refreshIfExpired(given)).toBe(want);
  });

  it("does not ask for a fresh login before it ever logged in", async () => {
    const { refreshIfExpired } = authorizerWith(() => loggedIn(0));
    expect(await refreshIfExpired(response(401, ""))).toBe(false);
  });

  it("logs in again after a session was declared expired", async () => {
    const { sessionOf, refreshIfExpired } = authorizerWith((_r, all) => loggedIn(logins(all).length - 1));
    await sessionOf();
    await refreshIfExpired(response(503, '{"error":{"code":"ID.1001"}}'));
    expect(await sessionOf()).toBe(`OAuth ${SESSIONS[1]}`);
  });

  it("lists the session, the password and its digest as secrets, and forgets the session on close", async () => {
    const { authorizer, seen, sessionOf } = authorizerWith((r) => (isLogin(r) ? loggedIn(0) : json({})));
    expect(authorizer.secrets()).toEqual([]);
    await sessionOf();
    // ZStack takes the SHA-512 digest as the password itself: it is a secret too.
    const digest = createHash("sha512").update(ACCOUNT.password).digest("hex");
    expect(authorizer.secrets()).toEqual([SESSIONS[0], ACCOUNT.password, digest]);
    await authorizer.close();
    expect(seen.at(-1)?.method).toBe("DELETE");
    expect(seen.at(-1)?.url.pathname).toBe(`/zstack/v1/accounts/sessions/${SESSIONS[0]}`);
    expect(authorizer.secrets()).toEqual([ACCOUNT.password, digest]);
  });
});
