const utf8 = new TextEncoder();

/** UTF-8 bytes of `input` (a fresh copy backed by its own `ArrayBuffer`, as WebCrypto wants). */
export function toBytes(input: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return typeof input === "string" ? utf8.encode(input) : new Uint8Array(input);
}

/** Two lower-case hex digits for each byte value. */
const HEX_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** Lower-case hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += HEX_BYTE[byte];
  return out;
}

/** Standard base64 (RFC 4648 §4, with padding) of `bytes`. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
