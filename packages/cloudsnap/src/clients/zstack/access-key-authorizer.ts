import type { ZStackAccessKeyCredentials } from "../../credentials";
import type { Authorizer } from "../../http/authorizer";
import { signZStackRequest } from "../../signers";

/** `Authorization: ZStack <id>:<signature>` with a `Date` in the management node's zone (§6.5). */
export function createAccessKeyAuthorizer(
  credentials: () => Promise<ZStackAccessKeyCredentials>,
  settings: { timeZone?: string; now?: () => Date },
): Authorizer {
  let secret: string | undefined;
  return {
    async authorize(request) {
      const { accessKeyId, accessKeySecret } = await credentials();
      secret = accessKeySecret;
      return signZStackRequest(request, { accessKeyId, accessKeySecret }, settings);
    },
    secrets: () => (secret ? [secret] : []),
  };
}
