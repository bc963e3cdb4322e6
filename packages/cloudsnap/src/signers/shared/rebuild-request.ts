/**
 * Builds the signed request: a new `Request` with `headers` and the already-read `body` bytes, keeping
 * the original's method, URL, signal and fetch options. The input request is left untouched.
 */
export function rebuildRequest(
  request: Request,
  headers: Headers,
  body: Uint8Array<ArrayBuffer> | null,
): Request {
  return new Request(request.url, {
    method: request.method,
    headers,
    body,
    signal: request.signal,
    redirect: request.redirect,
    credentials: request.credentials,
    cache: request.cache,
    integrity: request.integrity,
    keepalive: request.keepalive,
    referrer: request.referrer,
    referrerPolicy: request.referrerPolicy,
    // "navigate" cannot be set from script; such a request keeps the constructor's default mode.
    ...(request.mode === "navigate" ? {} : { mode: request.mode }),
  });
}
