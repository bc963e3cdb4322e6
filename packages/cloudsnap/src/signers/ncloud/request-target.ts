/**
 * The request target signed by API Gateway v2: absolute path plus `?query`, exactly as sent on the wire
 * (the percent-encoded form, as the official Java SDK signs it).
 * @see providers.md §1.2 (REQUEST_TARGET)
 */
export function requestTarget(url: URL): string {
  // `fetch` sends `pathname + search`; an empty `search` (URL ending in a bare "?") sends no "?" at all.
  return url.pathname + url.search;
}
