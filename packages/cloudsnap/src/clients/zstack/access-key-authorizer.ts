import type { ZStackAccessKeyCredentials } from "../../credentials";
import type { Authorizer } from "../../http/authorizer";
import type { RawResponse } from "../../http/raw-response";
import { createSigningClock } from "../../http/signing-clock";
import { signZStackRequest } from "../../signers";

/** The management node refuses a `Date` more than 15 minutes from its clock (providers.md §6.5). */
export const ZSTACK_CLOCK_WINDOW_MS = 15 * 60_000;

/** How the AccessKey authorizer renders and reads the time. */
export interface AccessKeySettings {
  /** IANA zone of the management node, for the `Date` header (default: this runtime's zone). */
  readonly timeZone?: string | undefined;
  /** The local clock (default: the real one). */
  readonly now?: (() => Date) | undefined;
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
    async authorize(request) {
      const { accessKeyId, accessKeySecret } = await credentials();
      secret = accessKeySecret;
      return signZStackRequest(
        request,
        { accessKeyId, accessKeySecret },
        { now: clock.now, ...(settings.timeZone ? { timeZone: settings.timeZone } : {}) },
      );
    },
    correctClockSkew: (response) => clock.learnFrom(response),
    secrets: () => (secret ? [secret] : []),
  };
}

/** ZStack's plain-text 403 `requestTimeTooSkewed` (RestServer, providers.md §6.5). */
export function isZStackClockRejection(response: RawResponse): boolean {
  return response.status === 403 && response.text.includes("requestTimeTooSkewed");
}
