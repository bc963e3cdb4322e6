// The least a hand-written client must do to sign each provider's request with node:crypto. Shared by
// the floor and the openapi-fetch middlewares; the loopback server verifies with its own code.
import { createHash, createHmac } from "node:crypto";

/** An access key pair. */
export interface Keys {
  readonly accessKey: string;
  readonly secretKey: string;
}

/** NCP API Gateway v2 headers for `METHOD target` (target = path plus `?query`, as sent). */
export function ncloudSignature(method: string, target: string, keys: Keys): Record<string, string> {
  const timestamp = String(Date.now());
  return {
    "x-ncp-apigw-timestamp": timestamp,
    "x-ncp-iam-access-key": keys.accessKey,
    "x-ncp-apigw-signature-v2": createHmac("sha256", keys.secretKey)
      .update(`${method} ${target}\n${timestamp}\n${keys.accessKey}`)
      .digest("base64"),
  };
}

const sha256Hex = (data: string) => createHash("sha256").update(data).digest("hex");

/**
 * Huawei `SDK-HMAC-SHA256` headers for a request without a query, signing host, x-sdk-date and (with a
 * body) content-type. The path is signed as sent plus a trailing "/": enough for the ids used here,
 * which need no percent-encoding.
 */
export function huaweiCloudSignature(
  method: string,
  host: string,
  path: string,
  body: { readonly contentType: string; readonly text: string } | undefined,
  keys: Keys,
): Record<string, string> {
  const date = new Date().toISOString().replace(/[-:]|\.\d{3}/g, "");
  const signedHeaders = body ? "content-type;host;x-sdk-date" : "host;x-sdk-date";
  const canonicalHeaders = `${body ? `content-type:${body.contentType}\n` : ""}host:${host}\nx-sdk-date:${date}\n`;
  const canonical = `${method}\n${path}/\n\n${canonicalHeaders}\n${signedHeaders}\n${sha256Hex(body?.text ?? "")}`;
  const signature = createHmac("sha256", keys.secretKey)
    .update(`SDK-HMAC-SHA256\n${date}\n${sha256Hex(canonical)}`)
    .digest("hex");
  return {
    "X-Sdk-Date": date,
    Authorization: `SDK-HMAC-SHA256 Access=${keys.accessKey}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}

/** ZStack AccessKey headers: `Date` in GMT and `ZStack id:base64(HMAC-SHA1(METHOD\nDate\n/v1/…))`. */
export function zstackSignature(method: string, path: string, keys: Keys): Record<string, string> {
  const date = new Date().toUTCString();
  const uri = path.slice(path.indexOf("/v1/"));
  const signature = createHmac("sha1", keys.secretKey).update(`${method}\n${date}\n${uri}`).digest("base64");
  return { Date: date, Authorization: `ZStack ${keys.accessKey}:${signature}` };
}

/** A fresh ZStack job id (32 lower-case hex), as the facade sends one with every create. */
export function newJobUuid(): string {
  return crypto.randomUUID().replaceAll("-", "");
}
