/**
 * Percent-encodes UTF-8 bytes of `text` except the RFC 3986 unreserved set `A-Z a-z 0-9 - . _ ~`,
 * with upper-case hex (space becomes `%20`). Unlike `encodeURIComponent` it also encodes `!'()*`,
 * as the official Node SDK's encoder does.
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-2.3
 */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
