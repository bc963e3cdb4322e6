import { createHmac, timingSafeEqual } from "node:crypto";
import type { FrontRequest, Verdict } from "./front-types";

const FIVE_MINUTES = 5 * 60_000;

/** Recomputes the NCP API Gateway v2 signature from the bytes on the wire, independently of cloudsnap. */
export function verifyNcloud(
  request: FrontRequest,
  keys: { accessKey: string; secretKey: string },
  now: number,
): Verdict {
  const timestamp = request.headers["x-ncp-apigw-timestamp"] ?? "";
  const accessKey = request.headers["x-ncp-iam-access-key"] ?? "";
  const signature = request.headers["x-ncp-apigw-signature-v2"] ?? "";
  const reject = (why: string): Verdict => ({
    ok: false,
    why,
    status: 401,
    contentType: "application/json",
    body: JSON.stringify({ error: { errorCode: "200", message: "Authentication Failed" } }),
  });
  if (accessKey !== keys.accessKey) return reject("unknown access key");
  if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > FIVE_MINUTES)
    return reject("stale timestamp");
  const expected = createHmac("sha256", keys.secretKey)
    .update(`${request.method} ${request.target}\n${timestamp}\n${accessKey}`)
    .digest("base64");
  return safeEqual(expected, signature) ? { ok: true } : reject("signature mismatch");
}

/** Constant-time comparison of two strings. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
