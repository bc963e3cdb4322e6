import { createHash, createHmac } from "node:crypto";
import type { Scheme } from "./provider-answers";

/** What the server checks a signature against: the request as received. */
export interface ReceivedRequest {
  readonly method: string;
  /** Path and query exactly as on the request line. */
  readonly url: string;
  /** Lower-case names, as node:http gives them. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
}

/** The keys the server accepts. */
export interface ServerKeys {
  readonly accessKey: string;
  readonly secretKey: string;
}

const NCP_WINDOW_MS = 5 * 60_000;
const GATEWAY_WINDOW_MS = 15 * 60_000;

function header(request: ReceivedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

const sha256Hex = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/**
 * Checks a request's signature the way the provider's gateway does, from what arrived on the wire;
 * `undefined` when it verifies, else why not. Written apart from every client under test (it only
 * shares node:crypto with them), so a client that signs wrongly is caught here.
 */
export function verifySignature(
  scheme: Scheme,
  request: ReceivedRequest,
  keys: ServerKeys,
  now: number,
): string | undefined {
  if (scheme === "ncloud") return verifyNcloud(request, keys, now);
  if (scheme === "huaweicloud") return verifyHuaweiCloud(request, keys, now);
  return verifyZStack(request, keys, now);
}

/** NCP API Gateway v2: `METHOD target\nts\naccessKey`, HMAC-SHA256, base64 (providers.md §1.2). */
function verifyNcloud(request: ReceivedRequest, keys: ServerKeys, now: number): string | undefined {
  const timestamp = header(request, "x-ncp-apigw-timestamp");
  const accessKey = header(request, "x-ncp-iam-access-key");
  const signature = header(request, "x-ncp-apigw-signature-v2");
  if (!timestamp || !accessKey || !signature) return "missing an x-ncp-* header";
  if (accessKey !== keys.accessKey) return "unknown access key";
  if (!(Math.abs(now - Number(timestamp)) <= NCP_WINDOW_MS)) return "timestamp outside 5 minutes";
  const expected = createHmac("sha256", keys.secretKey)
    .update(`${request.method} ${request.url}\n${timestamp}\n${accessKey}`)
    .digest("base64");
  return signature === expected ? undefined : "signature mismatch";
}

const HUAWEI_AUTHORIZATION =
  /^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/;

/** RFC 3986 unreserved characters stay, everything else is %XX (Huawei's canonical encoding). */
function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Huawei APIG `SDK-HMAC-SHA256`, with the signed headers the client named (providers.md §5.4). */
function verifyHuaweiCloud(request: ReceivedRequest, keys: ServerKeys, now: number): string | undefined {
  const match = HUAWEI_AUTHORIZATION.exec(header(request, "authorization") ?? "");
  if (!match) return "malformed Authorization";
  const [, accessKey = "", signedHeaders = "", signature = ""] = match;
  if (accessKey !== keys.accessKey) return "unknown access key";
  const date = header(request, "x-sdk-date") ?? "";
  const dated = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(date);
  if (!dated) return "malformed X-Sdk-Date";
  const [, y, mo, d, h, mi, s] = dated.map(Number);
  const signedAt = Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s);
  if (!(Math.abs(now - signedAt) <= GATEWAY_WINDOW_MS)) return "X-Sdk-Date outside 15 minutes";
  const names = signedHeaders.split(";");
  if (!names.includes("host") || !names.includes("x-sdk-date")) return "host or x-sdk-date not signed";
  const url = new URL(request.url, "http://loopback");
  const path = url.pathname
    .split("/")
    .map((segment) => uriEncode(decodeURIComponent(segment)))
    .join("/");
  const query = [...url.searchParams]
    .map(([name, value]) => `${uriEncode(name)}=${uriEncode(value)}`)
    .sort()
    .join("&");
  const canonical = [
    request.method,
    path.endsWith("/") ? path : `${path}/`,
    query,
    names.map((name) => `${name}:${(header(request, name) ?? "").trim()}\n`).join(""),
    signedHeaders,
    sha256Hex(request.body),
  ].join("\n");
  const expected = createHmac("sha256", keys.secretKey)
    .update(`SDK-HMAC-SHA256\n${date}\n${sha256Hex(canonical)}`)
    .digest("hex");
  return signature === expected ? undefined : "signature mismatch";
}

/** ZStack AccessKey: `METHOD\nDate\nURI-from-/v1/`, HMAC-SHA1, base64 (providers.md §6.5). */
function verifyZStack(request: ReceivedRequest, keys: ServerKeys, now: number): string | undefined {
  const match = /^ZStack ([^:]+):(.+)$/.exec(header(request, "authorization") ?? "");
  if (!match) return "malformed Authorization";
  const [, accessKeyId = "", signature = ""] = match;
  if (accessKeyId !== keys.accessKey) return "unknown access key id";
  const date = header(request, "date");
  if (!date) return "missing Date";
  // java.time's `z` reads `GMT+08:00`; JavaScript's Date.parse wants `GMT+0800`.
  const signedAt = Date.parse(date.replace(/GMT([+-]\d\d):(\d\d)$/, "GMT$1$2"));
  if (!(Math.abs(now - signedAt) <= GATEWAY_WINDOW_MS)) return "requestTimeTooSkewed";
  const path = new URL(request.url, "http://loopback").pathname;
  const start = path.indexOf("/v1/");
  if (start === -1) return "path without /v1/";
  const expected = createHmac("sha1", keys.secretKey)
    .update(`${request.method}\n${date}\n${decodeURIComponent(path.slice(start))}`)
    .digest("base64");
  return signature === expected ? undefined : "wrong accessKey signature";
}
