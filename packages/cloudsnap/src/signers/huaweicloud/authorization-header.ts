import { ALGORITHM } from "./constants.js";

/**
 * `SDK-HMAC-SHA256 Access={AK}, SignedHeaders={SignedHeaders}, Signature={Signature}`.
 * @see providers.md §5.4 (Authorization)
 */
export function authorizationHeader(accessKey: string, signedHeaders: string, signature: string): string {
  return `${ALGORITHM} Access=${accessKey}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
