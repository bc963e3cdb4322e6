/**
 * SignedHeaders: the lower-case names of the signed headers, in sorted order, joined with ";".
 * @see providers.md §5.4 (SignedHeaders)
 */
export function signedHeaders(headers: ReadonlyArray<readonly [string, string]>): string {
  return headers.map(([name]) => name.toLowerCase()).join(";");
}
