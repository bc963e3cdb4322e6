import { type CredentialSource, type NcloudCredentials, resolveCredentialSource } from "../../credentials";
import type { Authorizer } from "../../http/authorizer";
import { signNcloudRequest } from "../../signers";

/** Signs every attempt with API Gateway signature v2, resolving credentials each time (they may rotate). */
export function createNcloudAuthorizer(
  source: CredentialSource<NcloudCredentials>,
  now?: () => Date,
): Authorizer {
  let known: NcloudCredentials | undefined;
  return {
    async authorize(request) {
      known = await resolveCredentialSource(source);
      return signNcloudRequest(request, known, now ? { now } : {});
    },
    secrets: () => (known ? [known.secretKey] : []),
  };
}
