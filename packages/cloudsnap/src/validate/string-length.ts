/**
 * Length in Unicode code points, as JSON Schema's `minLength`/`maxLength` count it (an emoji made of a
 * surrogate pair is one character, not two UTF-16 units).
 * @see https://json-schema.org/draft/2020-12/json-schema-validation#section-6.3.1
 */
export function countCodePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * Length in UTF-8 bytes, as the text travels on the wire. A lone surrogate counts 3 bytes: encoders
 * (TextEncoder, URLSearchParams) replace it with U+FFFD, which is 3 bytes long.
 */
export function countUtf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
