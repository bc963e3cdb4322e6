// How a NAVER Cloud client authenticates: API Gateway signature v2 on every attempt.

import { type CredentialSource, checkedCredentials } from "../../core/credentials";
import type { Authorizer } from "../../core/provider";
import { type ClockInput, createSigningClock } from "../../core/signing";
import { NCLOUD_FIELDS, type NcloudCredentials } from "./credentials";
import { isNcloudClockRejection, NCLOUD_CLOCK_WINDOW_MS } from "./rules";
import { HEADER_ACCESS_KEY, HEADER_SIGNATURE, HEADER_TIMESTAMP, signNcloudWire } from "./signer";

/** How the NCP authorizer reads the time. */
export interface NcloudClockSettings {
  /** The local clock (default: the real one). */
  readonly now?: ClockInput | undefined;
  /** Learn the gateway's clock from a skew rejection and re-sign once (default `true`). */
  readonly correctClockSkew?: boolean | undefined;
}

/**
 * Signs every attempt with API Gateway signature v2, resolving credentials each time (they may
 * rotate), on a clock corrected by the gateway's own `Date` once it rejects a skewed timestamp;
 * every request refused for skew is signed again with it.
 */
export function createNcloudAuthorizer(
  source: CredentialSource<NcloudCredentials>,
  settings: NcloudClockSettings = {},
): Authorizer {
  const clock = createSigningClock({
    now: settings.now,
    windowMs: NCLOUD_CLOCK_WINDOW_MS,
    isSkewRejection: isNcloudClockRejection,
    correct: settings.correctClockSkew ?? true,
  });
  const credentials = checkedCredentials(source, NCLOUD_FIELDS, "NAVER Cloud");
  let known: NcloudCredentials | undefined;
  return {
    ownedHeaders: [
      HEADER_TIMESTAMP,
      HEADER_ACCESS_KEY,
      HEADER_SIGNATURE,
      "x-ncp-apigw-signature-v1",
      "authorization",
    ],
    async sign(request) {
      const creds = await credentials();
      known = creds;
      const offset = clock.offsetMs();
      const { headers, signature } = await signNcloudWire(request, creds, { now: clock.now });
      return { headers, secrets: [creds.secretKey, signature], state: offset };
    },
    recover: (answer, attempt) => clock.shouldResign(answer, attempt.state as number),
    secrets: () => (known ? [known.secretKey] : []),
  };
}
