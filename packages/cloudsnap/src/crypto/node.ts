import type { BinaryInput, CryptoPort } from "./types.js";

type NodeCrypto = typeof import("node:crypto");

// Loaded on the first hash, not at import: `node:crypto` costs several milliseconds to load, which
// a program that imports cloudsnap but never signs (or signs later) should not pay up front.
let loaded: NodeCrypto | undefined;
async function nodeCrypto(): Promise<NodeCrypto> {
  loaded ??= await import("node:crypto");
  return loaded;
}

async function digestHex(algorithm: "sha256" | "sha512", data: BinaryInput): Promise<string> {
  return (loaded ?? (await nodeCrypto())).createHash(algorithm).update(data).digest("hex");
}

async function hmac(algorithm: "sha256" | "sha1", key: BinaryInput, data: BinaryInput): Promise<Uint8Array> {
  const crypto = loaded ?? (await nodeCrypto());
  // Copy out of the pooled Buffer so callers get a plain, independent Uint8Array.
  return Uint8Array.from(crypto.createHmac(algorithm, key).update(data).digest());
}

/** `node:crypto` implementation of the crypto port (≈2 µs per HMAC); strings are hashed as UTF-8. */
export const cryptoPort: CryptoPort = {
  sha256Hex: (data) => digestHex("sha256", data),
  sha512Hex: (data) => digestHex("sha512", data),
  hmacSha256: (key, data) => hmac("sha256", key, data),
  hmacSha1: (key, data) => hmac("sha1", key, data),
};
