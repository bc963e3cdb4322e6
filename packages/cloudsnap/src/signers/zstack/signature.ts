import { toBase64 } from "../../crypto/encoding.js";
import type { CryptoPort } from "../../crypto/types.js";

/**
 * Signature: Base64(HMAC-SHA1(key = AccessKeySecret, message = StringToSign)), both UTF-8.
 * @see providers.md §6.5 (Signature)
 */
export async function signature(
  crypto: CryptoPort,
  accessKeySecret: string,
  stringToSign: string,
): Promise<string> {
  return toBase64(await crypto.hmacSha1(accessKeySecret, stringToSign));
}
