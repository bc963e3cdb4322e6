import { toHex } from "../../crypto/encoding.js";
import type { CryptoPort } from "../../crypto/types.js";

/**
 * Signature: HexLower(HMAC-SHA256(key = secret key, message = StringToSign)).
 * @see providers.md §5.4 (Signature)
 */
export async function signature(
  crypto: CryptoPort,
  secretKey: string,
  stringToSign: string,
): Promise<string> {
  return toHex(await crypto.hmacSha256(secretKey, stringToSign));
}
