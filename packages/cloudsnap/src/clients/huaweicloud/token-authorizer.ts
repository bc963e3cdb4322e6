import { createIamClient } from "@cloudsnap/huaweicloud";
import {
  type CredentialSource,
  type HuaweiCloudIamUserCredentials,
  resolveCredentialSource,
} from "../../credentials";
import { createHttpError, DecodeError } from "../../errors";
import type { Authorizer } from "../../http/authorizer";
import type { RawResponse } from "../../http/raw-response";
import { TOKEN_REFRESH_MARGIN_MS } from "./constants";

interface CachedToken {
  readonly value: string;
  readonly expiresAt: number;
}

/**
 * `X-Auth-Token` auth: gets a token from IAM's create-token operation, caches it until shortly before
 * it expires, and renews it once when a call is rejected because it expired.
 */
export function createTokenAuthorizer(
  source: CredentialSource<HuaweiCloudIamUserCredentials>,
  settings: {
    iamOrigin: string;
    region: string;
    fetch: (request: Request) => Promise<Response>;
    now?: () => Date;
  },
): Authorizer {
  const now = () => (settings.now ? settings.now().getTime() : Date.now());
  let cached: CachedToken | undefined;
  let pending: Promise<CachedToken> | undefined;
  let password: string | undefined;

  const fetchToken = async (): Promise<CachedToken> => {
    const user = await resolveCredentialSource(source);
    password = user.password;
    const iam = createIamClient({ baseUrl: settings.iamOrigin, fetch: settings.fetch });
    const scope = user.projectId
      ? { project: { id: user.projectId } }
      : { project: { name: user.projectName ?? settings.region } };
    const identity = {
      methods: ["password" as const],
      password: { user: { name: user.userName, password: user.password, domain: { name: user.domainName } } },
    };
    const { data, error, response } = await iam.createToken({ nocatalog: true, auth: { identity, scope } });
    const secrets = [user.password];
    if (error !== undefined || !data) {
      throw createHttpError({
        provider: "huaweicloud",
        operation: "createToken",
        method: "POST",
        url: response.url,
        status: response.status,
        headers: response.headers,
        body: error,
        secrets,
      });
    }
    const value = response.headers.get("x-subject-token");
    const expiresAt = Date.parse(data.token.expires_at);
    if (!value || Number.isNaN(expiresAt)) {
      throw new DecodeError("createToken: IAM answered without X-Subject-Token or a valid expires_at", {
        operation: "createToken",
        status: response.status,
        secrets,
      });
    }
    return { value, expiresAt };
  };

  const token = async (): Promise<CachedToken> => {
    if (cached && cached.expiresAt - TOKEN_REFRESH_MARGIN_MS > now()) return cached;
    pending ??= fetchToken().finally(() => {
      pending = undefined;
    });
    cached = await pending;
    return cached;
  };

  return {
    async authorize(request) {
      const headers = new Headers(request.headers);
      headers.set("X-Auth-Token", (await token()).value);
      return new Request(request, { headers });
    },
    async refreshIfExpired(response: RawResponse) {
      if (response.status !== 401 || !/token (expires|must be updated)|expired/i.test(response.text))
        return false;
      cached = undefined;
      return true;
    },
    secrets: () => [...(cached ? [cached.value] : []), ...(password ? [password] : [])],
  };
}
