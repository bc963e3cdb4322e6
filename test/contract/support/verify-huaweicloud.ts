import { AKSKSigner } from "@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js";
import { BasicCredentials } from "@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials.js";
import type { FrontRequest, Verdict } from "./front-types";
import { safeEqual } from "./verify-ncloud";

const FIFTEEN_MINUTES = 15 * 60_000;

/**
 * Verifies Huawei AK/SK requests with the official SDK signer (a test oracle), or an `X-Auth-Token`
 * against the tokens IAM issued through this front.
 */
export function verifyHuaweiCloud(
  request: FrontRequest,
  keys: { accessKey: string; secretKey: string },
  issuedTokens: ReadonlySet<string>,
  now: number,
): Verdict {
  const reject = (why: string): Verdict => ({
    ok: false,
    why,
    status: 401,
    contentType: "application/json",
    body: JSON.stringify({
      error_code: "APIGW.0301",
      error_msg: `Incorrect IAM authentication information: ${why}`,
      request_id: "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    }),
  });
  const token = request.headers["x-auth-token"];
  if (token !== undefined)
    return issuedTokens.has(token) ? { ok: true } : reject("token expires or is unknown");
  const authorization = request.headers.authorization ?? "";
  const match = /^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]+)$/.exec(
    authorization,
  );
  if (!match) return reject("verify aksk signature fail");
  const [, access, signedHeaders] = match;
  if (access !== keys.accessKey) return reject("verify aksk signature fail");
  const sdkDate = request.headers["x-sdk-date"] ?? "";
  const when = Date.parse(
    sdkDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"),
  );
  if (Number.isNaN(when) || Math.abs(now - when) > FIFTEEN_MINUTES)
    return reject("verify aksk signature fail");

  const url = new URL(request.target, `http://${request.host}`);
  const headers: Record<string, string> = {};
  for (const name of (signedHeaders ?? "").split(";")) {
    if (name !== "host" && name !== "x-sdk-date") headers[name] = request.headers[name] ?? "";
  }
  const queryParams: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const existing = queryParams[name];
    queryParams[name] =
      existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  const text = request.body.toString("utf8");
  const signed: Record<string, unknown> = AKSKSigner.sign(
    {
      endpoint: `http://${request.host}${url.pathname.split("/").map(decodeURIComponent).join("/")}`,
      method: request.method,
      headers: { ...headers, "X-Sdk-Date": sdkDate },
      queryParams,
      data: text ? JSON.parse(text) : undefined,
    },
    new BasicCredentials().withAk(keys.accessKey).withSk(keys.secretKey),
  );
  return typeof signed.Authorization === "string" && safeEqual(signed.Authorization, authorization)
    ? { ok: true }
    : reject("verify aksk signature fail");
}
