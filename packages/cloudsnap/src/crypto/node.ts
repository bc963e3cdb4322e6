import { createHash, createHmac } from "node:crypto";
import type { BinaryInput, CryptoPort } from "./types.js";

function digestHex(algorithm: "sha256" | "sha512", data: BinaryInput): string {
  return createHash(algorithm).update(data).digest("hex");
}

function hmac(algorithm: "sha256" | "sha1", key: BinaryInput, data: BinaryInput): Uint8Array {
  // Copy out of the pooled Buffer so callers get a plain, independent Uint8Array.
  return Uint8Array.from(createHmac(algorithm, key).update(data).digest());
}

/** `node:crypto` implementation of the crypto port (≈2 µs per HMAC); strings are hashed as UTF-8. */
export const cryptoPort: CryptoPort = {
  sha256Hex: async (data) => digestHex("sha256", data),
  sha512Hex: async (data) => digestHex("sha512", data),
  hmacSha256: async (key, data) => hmac("sha256", key, data),
  hmacSha1: async (key, data) => hmac("sha1", key, data),
};
