import { toBase64 } from "../../crypto/encoding.js";
import type { CryptoPort } from "../../crypto/types.js";

/**
 * Base64(HMAC-SHA256(key = UTF-8 secret key, message = string to sign)), standard alphabet with padding.
 * @see providers.md §1.2 (signature)
 */
export async function signature(
  crypto: CryptoPort,
  secretKey: string,
  stringToSign: string,
): Promise<string> {
  return toBase64(await crypto.hmacSha256(secretKey, stringToSign));
}
