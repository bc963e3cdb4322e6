import { SIGNABLE_HEADERS } from "./constants.js";

/**
 * The headers to sign, as sorted lower-case `[name, value]` pairs: `host` (host[:port] of the URL,
 * default port omitted) plus each of content-type, x-project-id, x-sdk-date, x-security-token present.
 * @see providers.md §5.4 (CanonicalHeaders)
 */
export function headersToSign(headers: Headers, host: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [["host", host]];
  for (const name of SIGNABLE_HEADERS) {
    const value = headers.get(name);
    if (value !== null) pairs.push([name, value]);
  }
  return pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
