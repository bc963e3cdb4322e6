import { percentDecode } from "./percent-decode.js";

/**
 * Decoded `[name, value]` pairs of a URL search string, in order, duplicates kept. `+` means a space
 * (form encoding, as `URLSearchParams` and the official Go signer read it); a pair without `=` has
 * an empty value.
 * @see providers.md §5.4 (CanonicalQueryString)
 */
export function queryParameters(search: string): Array<[string, string]> {
  const query = search.startsWith("?") ? search.slice(1) : search;
  const pairs: Array<[string, string]> = [];
  for (const part of query.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const name = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? "" : part.slice(eq + 1);
    pairs.push([decodeQueryPart(name), decodeQueryPart(value)]);
  }
  return pairs;
}

function decodeQueryPart(text: string): string {
  return percentDecode(text.replaceAll("+", " "), "query string");
}
