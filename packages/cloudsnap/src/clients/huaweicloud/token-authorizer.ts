import { createIamClient, iam } from "@cloudsnap/huaweicloud";
import {
  type CredentialSource,
  type HuaweiCloudIamUserCredentials,
  resolveCredentialSource,
} from "../../credentials";
import { DecodeError } from "../../errors";
import { type Authorizer, withoutAuth } from "../../http/authorizer";
import { type InvokeDeps, invokeOperation } from "../../http/invoke-operation";
import type { RawResponse } from "../../http/raw-response";
import { TOKEN_REFRESH_MARGIN_MS } from "./constants";

interface CachedToken {
  readonly value: string;
  readonly expiresAt: number;
}

/** Where and how the token authorizer reaches IAM. */
export interface TokenSettings {
  readonly iamOrigin: string;
  readonly region: string;
  readonly fetch: (request: Request) => Promise<Response>;
  readonly timeoutMs?: number;
  readonly now?: () => Date;
  /** The client's retry, deadline and logging settings, shared by the token call. */
  readonly shared?: Pick<InvokeDeps, "timeoutMs" | "overallTimeoutMs" | "retry" | "logger">;
}

/**
 * `X-Auth-Token` auth: gets a token from IAM's create-token operation (with the same timeout as any
 * call, and the caller's signal), caches it until shortly before it expires, and renews it once when a
 * call is rejected because it expired.
 */
export function createTokenAuthorizer(
  source: CredentialSource<HuaweiCloudIamUserCredentials>,
  settings: TokenSettings,
): Authorizer {
  const now = () => (settings.now ? settings.now().getTime() : Date.now());
  const api = {
    provider: "huaweicloud" as const,
    operations: iam.OPERATIONS,
    shapes: iam.SHAPES,
    bound: createIamClient({ baseUrl: settings.iamOrigin }),
  };
  let cached: CachedToken | undefined;
  let pending: Promise<CachedToken> | undefined;
  let password: string | undefined;
  const secrets = () => [...(cached ? [cached.value] : []), ...(password ? [password] : [])];

  const fetchToken = async (signal: AbortSignal | undefined): Promise<CachedToken> => {
    const user = await resolveCredentialSource(source);
    password = user.password;
    const scope = user.projectId
      ? { project: { id: user.projectId } }
      : { project: { name: user.projectName ?? settings.region } };
    const identity = {
      methods: ["password"],
      password: { user: { name: user.userName, password: user.password, domain: { name: user.domainName } } },
    };
    const deps: InvokeDeps = {
      ...settings.shared,
      ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}),
      fetch: settings.fetch,
      authorizer: withoutAuth(secrets),
    };
    const result = await invokeOperation(
      api,
      deps,
      "createToken",
      { nocatalog: true, auth: { identity, scope } },
      signal ? { signal } : {},
    );
    const value = result.headers.get("x-subject-token");
    const expiresAt = Date.parse(
      (result.value as { token?: { expires_at?: string } }).token?.expires_at ?? "",
    );
    if (!value || Number.isNaN(expiresAt)) {
      throw new DecodeError("createToken: IAM answered without X-Subject-Token or a valid expires_at", {
        operation: "createToken",
        status: result.status,
        secrets: secrets(),
      });
    }
    return { value, expiresAt };
  };

  const token = async (signal: AbortSignal | undefined): Promise<CachedToken> => {
    if (cached && cached.expiresAt - TOKEN_REFRESH_MARGIN_MS > now()) return cached;
    pending ??= fetchToken(signal).finally(() => {
      pending = undefined;
    });
    cached = await pending;
    return cached;
  };

  return {
    async authorize(request) {
      const headers = new Headers(request.headers);
      headers.set("X-Auth-Token", (await token(request.signal)).value);
      return new Request(request, { headers });
    },
    async refreshIfExpired(response: RawResponse) {
      if (response.status !== 401 || !/token (expires|must be updated)|expired/i.test(response.text))
        return false;
      cached = undefined;
      return true;
    },
    secrets,
  };
}
