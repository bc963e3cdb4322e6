/** The parts of a CanonicalRequest, each already computed by its own step. */
export interface CanonicalRequestParts {
  method: string;
  canonicalUri: string;
  canonicalQueryString: string;
  canonicalHeaders: string;
  signedHeaders: string;
  hashedPayload: string;
}

/**
 * CanonicalRequest: method, URI, query, headers, signed headers and payload hash joined with "\n"
 * (CanonicalHeaders ends in "\n", hence the blank line before SignedHeaders).
 * @see providers.md §5.4 (CanonicalRequest)
 */
export function canonicalRequest(parts: CanonicalRequestParts): string {
  return [
    parts.method,
    parts.canonicalUri,
    parts.canonicalQueryString,
    parts.canonicalHeaders,
    parts.signedHeaders,
    parts.hashedPayload,
  ].join("\n");
}
