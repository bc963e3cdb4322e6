// How a ZStack client authenticates: AccessKey signing of every attempt, or an account session
// logged in once and shared by every call until the node says it expired.

import { cryptoPort } from "#crypto";
import { DecodeError } from "../../core/errors";
import type { Authorizer } from "../../core/provider";
import { type ClockInput, createSigningClock } from "../../core/signing";
import type { ZStackAccessKeyCredentials, ZStackSessionCredentials } from "./credentials";
import { isZStackClockRejection, isZStackSessionExpiry, ZSTACK_CLOCK_WINDOW_MS } from "./rules";
import { HEADER_AUTHORIZATION, HEADER_DATE, signZStackWire } from "./signer";

/** Headers the ZStack authorizers set; a caller's `headers` may not. */
export const ZSTACK_OWNED_HEADERS = [HEADER_AUTHORIZATION, HEADER_DATE];

/** How the AccessKey authorizer renders and reads the time. */
export interface AccessKeySettings {
  /** IANA zone of the management node, for the `Date` header (default: this runtime's zone). */
  readonly timeZone?: string | undefined;
  /** The local clock (default: the real one). */
  readonly now?: ClockInput | undefined;
  /** Learn the node's clock from a `requestTimeTooSkewed` rejection and re-sign once (default `true`). */
  readonly correctClockSkew?: boolean | undefined;
}

/**
 * `Authorization: ZStack <id>:<signature>` with a `Date` in the management node's zone (§6.5), on a
 * clock corrected by the node's own `Date` once it answers `requestTimeTooSkewed`. A wrong
 * `timeZone` also looks like skew to the node, but not in its `Date` header (an absolute GMT time),
 * so it is reported, not papered over.
 */
export function createAccessKeyAuthorizer(
  credentials: () => Promise<ZStackAccessKeyCredentials>,
  settings: AccessKeySettings,
): Authorizer {
  const clock = createSigningClock({
    now: settings.now,
    windowMs: ZSTACK_CLOCK_WINDOW_MS,
    isSkewRejection: isZStackClockRejection,
    correct: settings.correctClockSkew ?? true,
  });
  let secret: string | undefined;
  return {
    ownedHeaders: ZSTACK_OWNED_HEADERS,
    async sign(request) {
      const { accessKeyId, accessKeySecret } = await credentials();
      secret = accessKeySecret;
      const offset = clock.offsetMs();
      const { headers, signature } = await signZStackWire(
        request,
        { accessKeyId, accessKeySecret },
        { now: clock.now, ...(settings.timeZone ? { timeZone: settings.timeZone } : {}) },
      );
      return { headers, secrets: [accessKeySecret, signature], state: offset };
    },
    recover: (answer, attempt) => clock.shouldResign(answer, attempt.state as number),
    secrets: () => (secret ? [secret] : []),
  };
}

/** Calls a session operation (login, logout) with the client's transport and no auth header. */
export type SessionCall = (
  operationId: "logInByAccount" | "logOut",
  params: Record<string, unknown>,
  secrets: readonly string[],
) => Promise<unknown>;

/** A ZStack session holder: logs in lazily and once for all calls, again after an expiry, out on close. */
export interface SessionAuthorizer extends Authorizer {
  close(): Promise<void>;
}

/** What a session id looks like: ZStack's are 32 hex digits; anything unprintable is refused. */
const SESSION_ID = /^[0-9A-Za-z-]{8,128}$/;

/**
 * `Authorization: OAuth <session>` auth (providers.md §6.4). The password goes over the wire only as
 * its SHA-512 hex, as ZStack expects. However many calls are in flight, one login serves them all
 * (single flight); a call refused because its session expired renews it once for everyone, and a
 * refusal that carried an older session never throws away a newer one.
 */
export function createSessionAuthorizer(
  credentials: () => Promise<ZStackSessionCredentials>,
  call: SessionCall,
): SessionAuthorizer {
  let session: string | undefined;
  let pending: Promise<string> | undefined;
  let password: string | undefined;
  // ZStack takes the digest as the password itself: it is as secret as the password.
  let passwordDigest: string | undefined;

  const logIn = async (): Promise<string> => {
    const { accountName, password: plain } = await credentials();
    password = plain;
    const digest = await cryptoPort.sha512Hex(plain);
    passwordDigest = digest;
    const body = await call("logInByAccount", { logInByAccount: { accountName, password: digest } }, [
      plain,
      digest,
    ]);
    const uuid = (body as { inventory?: { uuid?: unknown } } | undefined)?.inventory?.uuid;
    if (typeof uuid !== "string" || !SESSION_ID.test(uuid)) {
      throw new DecodeError("logInByAccount: ZStack answered without a usable session uuid", {
        operation: "logInByAccount",
        status: 200,
      });
    }
    return uuid;
  };

  const current = async (): Promise<string> => {
    if (session) return session;
    pending ??= logIn().finally(() => {
      pending = undefined;
    });
    const fresh = await pending;
    session = fresh;
    return fresh;
  };

  return {
    ownedHeaders: ZSTACK_OWNED_HEADERS,
    async sign() {
      const id = await current();
      return { headers: { [HEADER_AUTHORIZATION]: `OAuth ${id}` }, secrets: [id], state: id };
    },
    recover(answer, attempt) {
      if (!isZStackSessionExpiry(answer) || attempt.state === undefined) return false;
      if (session === attempt.state) session = undefined;
      return true;
    },
    async close() {
      const ending = session;
      session = undefined;
      if (ending) await call("logOut", { sessionUuid: ending }, [ending]);
    },
    secrets: () => [
      ...(session ? [session] : []),
      ...(password ? [password] : []),
      ...(passwordDigest ? [passwordDigest] : []),
    ],
  };
}
