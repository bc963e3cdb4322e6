// How a Huawei Cloud client authenticates with AK/SK: every attempt signed afresh. (The IAM token
// scheme is in token.ts, loaded only by clients that use it.)

import { type CredentialSource, checkedCredentials } from "../../core/credentials";
import type { Authorizer } from "../../core/provider";
import { type ClockInput, createSigningClock } from "../../core/signing";
import { AKSK_FIELDS, type HuaweiCloudCredentials } from "./credentials";
import { HUAWEICLOUD_CLOCK_WINDOW_MS, isHuaweiCloudClockRejection } from "./rules";
import { HEADER_PROJECT_ID, signHuaweiCloudWire } from "./signer";

const SCHEME = "Huawei Cloud";

/** Headers the AK/SK and token authorizers set; a caller's `headers` may not. */
export const HUAWEICLOUD_OWNED_HEADERS = [
  "authorization",
  "x-sdk-date",
  "x-security-token",
  "x-project-id",
  "x-auth-token",
];

/** How the AK/SK authorizer reads the time. */
export interface AkSkClockSettings {
  /** The local clock (default: the real one). */
  readonly now?: ClockInput | undefined;
  /** Learn the gateway's clock from a skew rejection and re-sign once (default `true`). */
  readonly correctClockSkew?: boolean | undefined;
}

/**
 * Signs every attempt with SDK-HMAC-SHA256; `X-Project-Id` (signed) routes to the project. The
 * signing clock is corrected by the gateway's own `Date` once it rejects a skewed `X-Sdk-Date`, and
 * every request that was refused for skew is signed again with it (not only the first to come back).
 */
export function createAkSkAuthorizer(
  source: CredentialSource<HuaweiCloudCredentials>,
  projectId: () => string | undefined,
  settings: AkSkClockSettings = {},
): Authorizer {
  const clock = createSigningClock({
    now: settings.now,
    windowMs: HUAWEICLOUD_CLOCK_WINDOW_MS,
    isSkewRejection: isHuaweiCloudClockRejection,
    correct: settings.correctClockSkew ?? true,
  });
  const credentials = checkedCredentials(source, AKSK_FIELDS, SCHEME);
  let known: HuaweiCloudCredentials | undefined;
  return {
    ownedHeaders: HUAWEICLOUD_OWNED_HEADERS,
    async sign(request) {
      const creds = await credentials();
      known = creds;
      const project = projectId() ?? creds.projectId;
      const signing = project
        ? { ...request, headers: { ...request.headers, [HEADER_PROJECT_ID]: project } }
        : request;
      const offset = clock.offsetMs();
      const { headers, signature } = await signHuaweiCloudWire(signing, creds, { now: clock.now });
      return {
        headers: project ? { [HEADER_PROJECT_ID]: project, ...headers } : headers,
        secrets: [creds.secretKey, ...(creds.securityToken ? [creds.securityToken] : []), signature],
        state: offset,
      };
    },
    recover: (answer, attempt) => clock.shouldResign(answer, attempt.state as number),
    secrets: () => (known ? [known.secretKey, ...(known.securityToken ? [known.securityToken] : [])] : []),
  };
}
