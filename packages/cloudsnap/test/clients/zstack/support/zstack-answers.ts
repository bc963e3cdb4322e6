import { json, type SeenRequest } from "../../support/recording-fetch";

/** Session uuids the fake management node hands out, in order. */
export const SESSIONS = ["5e55101000000000000000000000000a", "5e55101000000000000000000000000b"] as const;

export const isLogin = (request: SeenRequest) => request.url.pathname === "/zstack/v1/accounts/login";
export const isLogout = (request: SeenRequest) =>
  request.url.pathname.startsWith("/zstack/v1/accounts/sessions/");
export const isJobPoll = (request: SeenRequest) => request.url.pathname.startsWith("/zstack/v1/api-jobs/");

/** A login answer for the n-th login (0-based). */
export function loggedIn(n: number) {
  return json({
    inventory: {
      uuid: SESSIONS[n] ?? `5e551010000000000000000000000${String(n).padStart(3, "0")}`,
      accountUuid: "36c27e8ff05c4780bf6d2fa65700f22e",
      userUuid: "36c27e8ff05c4780bf6d2fa65700f22e",
      expiredDate: "Mar 1, 2025 2:00:00 PM",
      createDate: "Mar 1, 2025 12:00:00 PM",
    },
  });
}

/** ZStack's 503 for an invalid or expired session. */
export function sessionExpired() {
  return json(
    { error: { code: "ID.1001", description: "invalid session", details: "session expired" } },
    503,
  );
}

export const NO_SNAPSHOTS = { inventories: [], total: 0 };
