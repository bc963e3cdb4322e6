import { type CredentialSource, type NcloudCredentials, resolveCredentialSource } from "../../credentials";
import { extractProviderError } from "../../errors";
import type { Authorizer } from "../../http/authorizer";
import type { RawResponse } from "../../http/raw-response";
import { createSigningClock } from "../../http/signing-clock";
import { signNcloudRequest } from "../../signers";

/** The API Gateway refuses timestamps more than 5 minutes from its clock (providers.md §1.2). */
export const NCLOUD_CLOCK_WINDOW_MS = 5 * 60_000;

/** How the NCP authorizer reads the time. */
export interface NcloudClockSettings {
  /** The local clock (default: the real one). */
  readonly now?: (() => Date) | undefined;
  /** Learn the gateway's clock from a skew rejection and re-sign once (default `true`). */
  readonly correctClockSkew?: boolean | undefined;
}

/**
 * Signs every attempt with API Gateway signature v2, resolving credentials each time (they may
 * rotate), on a clock corrected by the gateway's own `Date` once it rejects a skewed timestamp.
 */
export function createNcloudAuthorizer(
  source: CredentialSource<NcloudCredentials>,
  settings: NcloudClockSettings | (() => Date) = {},
): Authorizer {
  const { now, correctClockSkew = true } = typeof settings === "function" ? { now: settings } : settings;
  const clock = createSigningClock({
    now,
    windowMs: NCLOUD_CLOCK_WINDOW_MS,
    isSkewRejection: isNcloudClockRejection,
    correct: correctClockSkew,
  });
  let known: NcloudCredentials | undefined;
  return {
    async authorize(request) {
      known = await resolveCredentialSource(source);
      return signNcloudRequest(request, known, { now: clock.now });
    },
    correctClockSkew: (response) => clock.learnFrom(response),
    secrets: () => (known ? [known.secretKey] : []),
  };
}

/**
 * The gateway's 401 "Authentication Failed" (errorCode 200): what a stale timestamp gets, as does a
 * bad signature; only the response's `Date` tells them apart (no distinct code is documented, §8.2).
 */
export function isNcloudClockRejection(response: RawResponse): boolean {
  return response.status === 401 && extractProviderError("ncloud", response.text).code === "200";
}
