import {
  type CredentialSource,
  type HuaweiCloudCredentials,
  resolveCredentialSource,
} from "../../credentials";
import { extractProviderError } from "../../errors";
import type { Authorizer } from "../../http/authorizer";
import type { RawResponse } from "../../http/raw-response";
import { createSigningClock } from "../../http/signing-clock";
import { signHuaweiCloudRequest } from "../../signers";

/** API Gateway refuses an `X-Sdk-Date` more than 15 minutes from its clock (providers.md §5.4). */
export const HUAWEICLOUD_CLOCK_WINDOW_MS = 15 * 60_000;

/** API Gateway's "Incorrect IAM authentication information" codes (older gateways say APIG). */
const AUTH_FAILED = new Set(["APIGW.0301", "APIG.0301"]);

/** How the AK/SK authorizer reads the time. */
export interface AkSkClockSettings {
  /** The local clock (default: the real one). */
  readonly now?: (() => Date) | undefined;
  /** Learn the gateway's clock from a skew rejection and re-sign once (default `true`). */
  readonly correctClockSkew?: boolean | undefined;
}

/**
 * Signs every attempt with SDK-HMAC-SHA256; `X-Project-Id` (signed) routes to the project. The
 * signing clock is corrected by the gateway's own `Date` once it rejects a skewed `X-Sdk-Date`.
 */
export function createAkSkAuthorizer(
  source: CredentialSource<HuaweiCloudCredentials>,
  projectId: () => string | undefined,
  settings: AkSkClockSettings | (() => Date) = {},
): Authorizer {
  const { now, correctClockSkew = true } = typeof settings === "function" ? { now: settings } : settings;
  const clock = createSigningClock({
    now,
    windowMs: HUAWEICLOUD_CLOCK_WINDOW_MS,
    isSkewRejection: isHuaweiCloudClockRejection,
    correct: correctClockSkew,
  });
  let known: HuaweiCloudCredentials | undefined;
  return {
    async authorize(request) {
      known = await resolveCredentialSource(source);
      const headers = new Headers(request.headers);
      const project = projectId() ?? known.projectId;
      if (project) headers.set("X-Project-Id", project);
      const { accessKey, secretKey, securityToken } = known;
      return signHuaweiCloudRequest(
        new Request(request, { headers }),
        securityToken ? { accessKey, secretKey, securityToken } : { accessKey, secretKey },
        { now: clock.now },
      );
    },
    correctClockSkew: (response) => clock.learnFrom(response),
    secrets: () => (known ? [known.secretKey, ...(known.securityToken ? [known.securityToken] : [])] : []),
  };
}

/**
 * 401 `APIGW.0301` ("verify aksk signature fail"): the gateway's answer to a stale `X-Sdk-Date` and
 * to a wrong signature alike; the response's `Date` tells them apart.
 */
export function isHuaweiCloudClockRejection(response: RawResponse): boolean {
  const { code } = extractProviderError("huaweicloud", response.text, response.headers);
  return response.status === 401 && code !== undefined && AUTH_FAILED.has(code);
}
