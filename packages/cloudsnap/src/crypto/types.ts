/** Text or bytes; text is always taken as its UTF-8 encoding. */
export type BinaryInput = string | Uint8Array;

/**
 * The only hash and HMAC primitives cloudsnap needs. Async because WebCrypto is; the `node:crypto`
 * and WebCrypto implementations are picked by the package's `#crypto` conditional import.
 */
export interface CryptoPort {
  /** Lower-case hex SHA-256 of `data`. */
  sha256Hex(data: BinaryInput): Promise<string>;
  /** Lower-case hex SHA-512 of `data`. */
  sha512Hex(data: BinaryInput): Promise<string>;
  /** Raw HMAC-SHA256 of `data` under `key`. */
  hmacSha256(key: BinaryInput, data: BinaryInput): Promise<Uint8Array>;
  /** Raw HMAC-SHA1 of `data` under `key`. */
  hmacSha1(key: BinaryInput, data: BinaryInput): Promise<Uint8Array>;
}
