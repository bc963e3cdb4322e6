// How a Huawei Cloud client authenticates with an IAM user: an `X-Auth-Token` fetched once and shared
// by every call until it expires or IAM revokes it. Loaded only by clients given IAM user credentials.

import { iam } from "@cloudsnap/huaweicloud/metadata";
import { type CredentialSource, checkedCredentials } from "../../core/credentials";
import { DecodeError } from "../../core/errors";
import { callOperation } from "../../core/pipeline";
import type { ApiBinding, Authorizer } from "../../core/provider";
import { type ClockInput, toClock } from "../../core/signing";
import { HUAWEICLOUD_OWNED_HEADERS } from "./auth";
import { type HuaweiCloudIamUserCredentials, IAM_USER_FIELDS } from "./credentials";
import { fillServer, HUAWEICLOUD_RULES, isHuaweiCloudTokenExpiry, TOKEN_REFRESH_MARGIN_MS } from "./rules";

const SCHEME = "Huawei Cloud";

/** Regional IAM origin, from specs/huaweicloud/iam.yaml's regional server template. */
export function iamOrigin(region: string): string {
  const regional = iam.SERVERS.find((server) => server.url.includes("{region}")) ?? iam.SERVERS[0];
  return fillServer(regional, { region });
}

/** The IAM API bound to an origin and the client's transport, with no auth of its own. */
export function iamBinding(
  where: { origin: string; host: string },
  transport: ApiBinding["transport"],
): (secrets: () => readonly string[]) => ApiBinding {
  return (secrets) => ({
    rules: HUAWEICLOUD_RULES,
    ...where,
    operations: iam.OPERATIONS,
    shapes: iam.SHAPES,
    authorizer: { ownedHeaders: [], sign: async () => ({ headers: {}, secrets: secrets() }), secrets },
    transport,
  });
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
  const iamApi = settings.iam(secrets);

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
    const result = await callOperation(iamApi, "createToken", { nocatalog: true, auth: { identity, scope } });
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
    ownedHeaders: HUAWEICLOUD_OWNED_HEADERS,
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
