import { createHmac } from "node:crypto";
import type { FrontRequest, Verdict } from "./front-types";
import { safeEqual } from "./verify-ncloud";

const FIFTEEN_MINUTES = 15 * 60_000;

/**
 * Verifies ZStack AccessKey signatures (HMAC-SHA1 over `METHOD\nDate\n/v1/…`) independently, and
 * OAuth sessions against the sessions login issued through this front. Rejections are ZStack's own.
 */
export function verifyZStack(
  request: FrontRequest,
  keys: { accessKeyId: string; accessKeySecret: string },
  sessions: ReadonlySet<string>,
  now: number,
): Verdict {
  const text = (status: number, body: string): Verdict => ({
    ok: false,
    why: body,
    status,
    contentType: "text/plain",
    body,
  });
  const authorization = request.headers.authorization ?? "";
  if (authorization.startsWith("OAuth ")) {
    if (sessions.has(authorization.slice(6))) return { ok: true };
    return {
      ok: false,
      why: "unknown session",
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({
        error: { code: "ID.1001", description: "Session expired or invalid", details: "session expired" },
      }),
    };
  }
  const match = /^ZStack ([^:]+):(.+)$/.exec(authorization);
  if (!match) return text(400, "accessKey format is 'ZStack AccessKeyId:Signature'");
  const [, id, signature] = match;
  if (id !== keys.accessKeyId) return text(403, `access key id: ${id} does not existed or disabled`);
  const date = request.headers.date ?? "";
  const when = Date.parse(date.replace(/ GMT([+-]\d{2}):?(\d{2})$/, " GMT$1$2"));
  if (Number.isNaN(when) || Math.abs(now - when) > FIFTEEN_MINUTES) return text(403, "requestTimeTooSkewed");
  const path = decodeURIComponent(new URL(request.target, "http://front").pathname).replace(
    /^\/zstack(?=\/v1\/)/,
    "",
  );
  const expected = createHmac("sha1", keys.accessKeySecret)
    .update(`${request.method}\n${date}\n${path}`)
    .digest("base64");
  return safeEqual(expected, signature ?? "") ? { ok: true } : text(403, "wrong accessKey signature");
}
