import { ALGORITHM } from "./constants.js";

/**
 * StringToSign: `SDK-HMAC-SHA256\n{X-Sdk-Date}\n{HexLower(SHA-256(CanonicalRequest))}`.
 * @see providers.md §5.4 (StringToSign)
 */
export function stringToSign(sdkDate: string, hashedCanonicalRequest: string): string {
  return `${ALGORITHM}\n${sdkDate}\n${hashedCanonicalRequest}`;
}
