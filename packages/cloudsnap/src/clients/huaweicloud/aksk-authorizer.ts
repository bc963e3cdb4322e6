import {
  type CredentialSource,
  type HuaweiCloudCredentials,
  resolveCredentialSource,
} from "../../credentials";
import type { Authorizer } from "../../http/authorizer";
import { signHuaweiCloudRequest } from "../../signers";

/** Signs every attempt with SDK-HMAC-SHA256; `X-Project-Id` (signed) routes to the project. */
export function createAkSkAuthorizer(
  source: CredentialSource<HuaweiCloudCredentials>,
  projectId: () => string | undefined,
  now?: () => Date,
): Authorizer {
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
        now ? { now } : {},
      );
    },
    secrets: () => (known ? [known.secretKey, ...(known.securityToken ? [known.securityToken] : [])] : []),
  };
}
