import { percentDecode } from "./percent-decode.js";
import { uriEncode } from "./uri-encode.js";

/**
 * CanonicalURI: each path segment decoded, then RFC 3986-encoded, always ending in "/" (the request
 * itself is sent without the added slash).
 * @see providers.md §5.4 (CanonicalURI); Huawei devg-apisign api-sign-algorithm-002
 */
export function canonicalUri(pathname: string): string {
  // Decoding first makes the result independent of how the caller escaped the path (`%7E` vs `~`).
  const encoded = pathname
    .split("/")
    .map((segment) => uriEncode(percentDecode(segment, "path")))
    .join("/");
  return encoded.endsWith("/") ? encoded : `${encoded}/`;
}
