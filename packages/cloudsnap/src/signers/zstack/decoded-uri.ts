import { SigningError } from "../../errors/index.js";
import { API_VERSION_PREFIX } from "./constants.js";

/**
 * URI: the URL-decoded request path with the servlet context path removed, i.e. from `/v1/` on, no
 * query (`/zstack/v1/volumes/x/volume-snapshots` → `/v1/volumes/x/volume-snapshots`).
 * @see providers.md §6.5 (URI); zstack RestServer#getDecodedUrl
 */
export function decodedUri(pathname: string): string {
  const start = pathname.indexOf(API_VERSION_PREFIX);
  if (start === -1) {
    throw new SigningError(`ZStack AccessKey signing needs a path containing "${API_VERSION_PREFIX}"`);
  }
  try {
    // Percent-decoding only, "+" kept: current servers decode with Spring's UriUtils.decode (older ones
    // used URLDecoder, which also turns "+" into a space; ZStack paths hold UUIDs, so this rarely matters).
    return decodeURIComponent(pathname.slice(start));
  } catch (cause) {
    throw new SigningError("the request path is not valid percent-encoded UTF-8", { cause });
  }
}
