// How a Huawei Cloud client authenticates: AK/SK signing of every attempt, or an IAM token fetched
// once and shared by every call until it expires or IAM revokes it.

import { type CredentialSource, checkedCredentials } from "../../core/credentials";
import { DecodeError } from "../../core/errors";
import { callOperation } from "../../core/pipeline";
import type { ApiBinding, Authorizer } from "../../core/provider";
import { type ClockInput, createSigningClock, toClock } from "../../core/signing";
import {
  AKSK_FIELDS,
  type HuaweiCloudCredentials,
  type HuaweiCloudIamUserCredentials,
  IAM_USER_FIELDS,
} from "./credentials";
import {
  HUAWEICLOUD_CLOCK_WINDOW_MS,
  isHuaweiCloudClockRejection,
  isHuaweiCloudTokenExpiry,
  TOKEN_REFRESH_MARGIN_MS,
} from "./rules";
import { HEADER_PROJECT_ID, signHuaweiCloudWire } from "./signer";

const SCHEME = "Huawei Cloud";

/** Headers the AK/SK and token authorizers set; a caller's `headers` may not. */
const OWNED = ["authorization", "x-sdk-date", "x-security-token", "x-project-id", "x-auth-token"];

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
    ownedHeaders: OWNED,
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

interface Token {
  readonly value: string;
  readonly expiresAt: number;
}

/** Where and how the token authorizer reaches IAM. */
export interface TokenSettings {
  /** The IAM API, bound to its origin and the client's transport, with no auth of its own. */
  readonly iam: (secrets: () => readonly string[]) => ApiBinding;
  readonly region: string;
  readonly now?: ClockInput | undefined;
}

/**
 * `X-Auth-Token` auth: gets a token from IAM's create-token operation, caches it until shortly
 * before it expires, and renews it when a call is refused because it expired. However many calls
 * are in flight, one token request serves them all (single flight), and a refusal of an older token
 * never throws away a newer one.
 */
export function createTokenAuthorizer(
  source: CredentialSource<HuaweiCloudIamUserCredentials>,
  settings: TokenSettings,
): Authorizer {
  const clock = toClock(settings.now);
  const credentials = checkedCredentials(source, IAM_USER_FIELDS, SCHEME);
  let cached: Token | undefined;
  let pending: Promise<Token> | undefined;
  let password: string | undefined;
  const secrets = () => [...(cached ? [cached.value] : []), ...(password ? [password] : [])];
  const iam = settings.iam(secrets);

  const fetchToken = async (): Promise<Token> => {
    const user = await credentials();
    password = user.password;
    const scope = user.projectId
      ? { project: { id: user.projectId } }
      : { project: { name: user.projectName ?? settings.region } };
    const identity = {
      methods: ["password"],
      password: { user: { name: user.userName, password: user.password, domain: { name: user.domainName } } },
    };
    const result = await callOperation(iam, "createToken", { nocatalog: true, auth: { identity, scope } });
    const value = result.headers.get("x-subject-token");
    const expiresAt = Date.parse(
      (result.value as { token?: { expires_at?: string } }).token?.expires_at ?? "",
    );
    if (!value || Number.isNaN(expiresAt) || /[^\u0021-\u007e]/.test(value)) {
      throw new DecodeError("createToken: IAM answered without a usable X-Subject-Token or expires_at", {
        operation: "createToken",
        status: result.status,
        secrets: secrets(),
      });
    }
    return { value, expiresAt };
  };

  const token = async (): Promise<Token> => {
    if (cached && cached.expiresAt - TOKEN_REFRESH_MARGIN_MS > clock().getTime()) return cached;
    // Not tied to one caller's signal: one caller giving up must not fail the others waiting on it.
    pending ??= fetchToken().finally(() => {
      pending = undefined;
    });
    const fresh = await pending;
    cached = fresh;
    return fresh;
  };

  return {
    ownedHeaders: OWNED,
    async sign() {
      const { value } = await token();
      return { headers: { "x-auth-token": value }, secrets: [value], state: value };
    },
    recover(answer, attempt) {
      if (!isHuaweiCloudTokenExpiry(answer)) return false;
      // Only the token this request carried is stale; a newer one (another call renewed it) stays.
      if (cached?.value === attempt.state) cached = undefined;
      return true;
    },
    secrets,
  };
}
