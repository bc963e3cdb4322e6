import { REDACTED, SECRET_PATH_PREFIXES } from "./constants";
import { isSensitiveKey } from "./is-sensitive-key";

/**
 * A URL that is safe to print: no userinfo, no fragment, the values of sensitive query keys and
 * session ids in the path replaced with `***`. Everything else is kept byte for byte.
 */
export function redactUrl(url: string | URL): string {
  const text = String(url);
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return redactUnparsedUrl(text);
  }
  parsed.username = "";
  parsed.password = "";
  parsed.hash = "";
  parsed.pathname = redactPath(parsed.pathname);
  if (parsed.search.length > 1) parsed.search = redactQuery(parsed.search.slice(1));
  return parsed.toString();
}

/** Fallback for relative or malformed URLs: the same rules applied to the raw string. */
function redactUnparsedUrl(text: string): string {
  const withoutHash = text.split("#", 1)[0] ?? "";
  const withoutUserinfo = withoutHash.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, "$1");
  const queryAt = withoutUserinfo.indexOf("?");
  if (queryAt < 0) return redactPath(withoutUserinfo);
  const path = redactPath(withoutUserinfo.slice(0, queryAt));
  return `${path}?${redactQuery(withoutUserinfo.slice(queryAt + 1))}`;
}

function redactPath(path: string): string {
  const segments = path.split("/");
  return segments
    .map((segment, i) => {
      const previous = i > 0 ? segments[i - 1] : undefined;
      return previous !== undefined && SECRET_PATH_PREFIXES.has(previous.toLowerCase()) && segment !== ""
        ? REDACTED
        : segment;
    })
    .join("/");
}

/** Redacts a raw query string (without `?`), keeping the original encoding of every other pair. */
function redactQuery(query: string): string {
  return query
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      const rawKey = eq < 0 ? pair : pair.slice(0, eq);
      return isSensitiveKey(decodeKey(rawKey)) && eq >= 0 ? `${rawKey}=${REDACTED}` : pair;
    })
    .join("&");
}

function decodeKey(rawKey: string): string {
  try {
    return decodeURIComponent(rawKey.replace(/\+/g, " "));
  } catch {
    return rawKey;
  }
}
