/**
 * CanonicalHeaders: `lowercase(name):trim(value)\n` for each signed header, in sorted order.
 * @see providers.md §5.4 (CanonicalHeaders)
 */
export function canonicalHeaders(headers: ReadonlyArray<readonly [string, string]>): string {
  return headers.map(([name, value]) => `${name.toLowerCase()}:${value.trim()}\n`).join("");
}
