import type { CryptoPort } from "../../crypto/types.js";

/**
 * HexLower(SHA-256(body)) over the exact bytes sent; the empty string's hash when there is no body.
 * @see providers.md §5.4 (payload hash)
 */
export function hashedPayload(crypto: CryptoPort, body: Uint8Array | null): Promise<string> {
  return crypto.sha256Hex(body ?? "");
}
