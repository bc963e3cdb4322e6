import type { createVolumeSnapshotsClient, volumeSnapshots } from "@cloudsnap/zstack";
import { cryptoPort } from "#crypto";
import type { ZStackSessionCredentials } from "../../credentials";
import { createHttpError } from "../../errors";
import type { Authorizer } from "../../http/authorizer";
import type { RawResponse } from "../../http/raw-response";

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
  client: ReturnType<typeof createVolumeSnapshotsClient>,
): SessionAuthorizer {
  let session: string | undefined;
  let pending: Promise<string> | undefined;
  let password: string | undefined;

  const logIn = async (): Promise<string> => {
    const { accountName, password: plain } = await credentials();
    password = plain;
    const digest = await cryptoPort.sha512Hex(plain);
    const { data, error, response } = await client.logInByAccount({
      logInByAccount: { accountName, password: digest },
    });
    const uuid = (data as volumeSnapshots.LogInByAccountResult | undefined)?.inventory.uuid;
    if (error !== undefined || !uuid) {
      throw createHttpError({
        provider: "zstack",
        operation: "logInByAccount",
        method: "PUT",
        url: response.url,
        status: response.status,
        headers: response.headers,
        body: error,
        secrets: [plain, digest],
      });
    }
    return uuid;
  };

  const current = async () => {
    if (session) return session;
    pending ??= logIn().finally(() => {
      pending = undefined;
    });
    session = await pending;
    return session;
  };

  return {
    async authorize(request) {
      const headers = new Headers(request.headers);
      headers.set("Authorization", `OAuth ${await current()}`);
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
      if (ending) await client.logOut({ sessionUuid: ending });
    },
    secrets: () => [...(session ? [session] : []), ...(password ? [password] : [])],
  };
}
