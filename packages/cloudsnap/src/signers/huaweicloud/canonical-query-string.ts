import { uriEncode } from "./uri-encode.js";

/**
 * CanonicalQueryString: `name=value` pairs, each side RFC 3986-encoded (`name=` for an empty value),
 * sorted by decoded name then value, joined with "&"; empty when there is no query.
 * @see providers.md §5.4 (CanonicalQueryString); Huawei devg-apisign api-sign-algorithm-002
 */
export function canonicalQueryString(parameters: ReadonlyArray<readonly [string, string]>): string {
  // Sorting the decoded names in UTF-16 code-unit order is what the official Node SDK does (and Java's
  // String order); sorting the encoded forms would differ for names holding "/", ":", non-ASCII, …
  return [...parameters]
    .sort(([aName, aValue], [bName, bValue]) => compare(aName, bName) || compare(aValue, bValue))
    .map(([name, value]) => `${uriEncode(name)}=${uriEncode(value)}`)
    .join("&");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
