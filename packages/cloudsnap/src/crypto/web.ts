import { toBytes, toHex } from "./encoding.js";
import type { BinaryInput, CryptoPort } from "./types.js";

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (api === undefined) {
    // Browsers hide crypto.subtle outside secure contexts (plain http pages).
    throw new Error("WebCrypto (globalThis.crypto.subtle) is not available in this runtime");
  }
  return api;
}

async function digestHex(algorithm: "SHA-256" | "SHA-512", data: BinaryInput): Promise<string> {
  return toHex(new Uint8Array(await subtle().digest(algorithm, toBytes(data))));
}

async function hmac(hash: "SHA-256" | "SHA-1", key: BinaryInput, data: BinaryInput): Promise<Uint8Array> {
  let keyBytes = toBytes(key);
  // WebCrypto refuses zero-length HMAC keys. HMAC zero-pads short keys to the block size (RFC 2104 §2),
  // so the empty key and a single 0x00 byte are the same key.
  if (keyBytes.byteLength === 0) keyBytes = new Uint8Array(1);
  const cryptoKey = await subtle().importKey("raw", keyBytes, { name: "HMAC", hash }, false, ["sign"]);
  return new Uint8Array(await subtle().sign("HMAC", cryptoKey, toBytes(data)));
}

/** WebCrypto implementation of the crypto port; imports no Node built-ins, so it runs anywhere. */
export const cryptoPort: CryptoPort = {
  sha256Hex: (data) => digestHex("SHA-256", data),
  sha512Hex: (data) => digestHex("SHA-512", data),
  hmacSha256: (key, data) => hmac("SHA-256", key, data),
  hmacSha1: (key, data) => hmac("SHA-1", key, data),
};
