import { cryptoPort } from "#crypto";
import type { ZStackSessionCredentials } from "../../credentials";
import { DecodeError } from "../../errors";
import type { ApiBinding } from "../../http/api-binding";
import { type Authorizer, withoutAuth } from "../../http/authorizer";
import { type InvokeDeps, invokeOperation } from "../../http/invoke-operation";
import type { RawResponse } from "../../http/raw-response";

/** Calls a session operation (login, logout) with the client's timeout and no auth header. */
export type SessionCall = (
  operationId: "logInByAccount" | "logOut",
  params: Record<string, unknown>,
  secrets: readonly string[],
  signal?: AbortSignal,
) => Promise<unknown>;

/** A ZStack session holder: logs in lazily, logs in again once when the session expired, logs out on close. */
export interface SessionAuthorizer extends Authorizer {
  close(): Promise<void>;
}

/**
 * `Authorization: OAuth <session>` auth (providers.md §6.4). The password goes over the wire only as
 * its SHA-512 hex, as ZStack expects.
 */
export function createSessionAuthorizer(
  credentials: () => Promise<ZStackSessionCredentials>,
  call: SessionCall,
): SessionAuthorizer {
  let session: string | undefined;
  let pending: Promise<string> | undefined;
  let password: string | undefined;

  const logIn = async (signal: AbortSignal | undefined): Promise<string> => {
    const { accountName, password: plain } = await credentials();
    password = plain;
    const digest = await cryptoPort.sha512Hex(plain);
    const body = await call(
      "logInByAccount",
      { logInByAccount: { accountName, password: digest } },
      [plain, digest],
      signal,
    );
    const uuid = (body as { inventory?: { uuid?: unknown } } | undefined)?.inventory?.uuid;
    if (typeof uuid !== "string" || !uuid) {
      throw new DecodeError("logInByAccount: ZStack answered without a session uuid", {
        operation: "logInByAccount",
        status: 200,
      });
    }
    return uuid;
  };

  const current = async (signal: AbortSignal | undefined) => {
    if (session) return session;
    pending ??= logIn(signal).finally(() => {
      pending = undefined;
    });
    session = await pending;
    return session;
  };

  return {
    async authorize(request) {
      const headers = new Headers(request.headers);
      headers.set("Authorization", `OAuth ${await current(request.signal)}`);
      return new Request(request, { headers });
    },
    async refreshIfExpired(response: RawResponse) {
      // An invalid or expired session answers 503 with error code ID.1001 (or 401 behind a proxy).
      const expired =
        response.status === 401 || (response.status === 503 && /"ID\.1001"/.test(response.text));
      if (!expired || !session) return false;
      session = undefined;
      return true;
    },
    async close() {
      const ending = session;
      session = undefined;
      if (ending) await call("logOut", { sessionUuid: ending }, [ending]);
    },
    secrets: () => [...(session ? [session] : []), ...(password ? [password] : [])],
  };
}

/** A `SessionCall` that runs login and logout through the facade with no auth header. */
export function createSessionCall(
  api: ApiBinding,
  fetchImpl: (request: Request) => Promise<Response>,
  shared: Pick<InvokeDeps, "timeoutMs" | "overallTimeoutMs" | "retry" | "logger"> = {},
): SessionCall {
  return async (operationId, params, secrets, signal) => {
    const deps: InvokeDeps = { ...shared, fetch: fetchImpl, authorizer: withoutAuth(() => secrets) };
    return (await invokeOperation(api, deps, operationId, params, signal ? { signal } : {})).value;
  };
}
