// NAVER Cloud API Gateway signature v2: string to sign → HMAC-SHA256 → base64, in three headers.
// @see https://api.ncloud-docs.com/docs/en/common-ncpapi (providers.md §1.2)

import { cryptoPort } from "#crypto";
import {
  type ClockInput,
  readClock,
  requireCredential,
  signedRequest,
  systemClock,
  type WireRequest,
  wireFromRequest,
} from "../../core/signing";
import { toBase64 } from "../../crypto/encoding.js";
import type { CryptoPort } from "../../crypto/types.js";

/** Header carrying the signing time in milliseconds since the Unix epoch (providers.md §1.2). */
export const HEADER_TIMESTAMP = "x-ncp-apigw-timestamp";
/** Header carrying the access key id. */
export const HEADER_ACCESS_KEY = "x-ncp-iam-access-key";
/** Header carrying the base64 signature; `-v2` is the documented name (some SDKs send `-v1`). */
export const HEADER_SIGNATURE = "x-ncp-apigw-signature-v2";
const SCHEME_NAME = "NAVER Cloud";

/** API Gateway access key pair. */
export interface NcloudSigningCredentials {
  accessKey: string;
  secretKey: string;
}

/** Options for {@link signNcloudRequest}. */
export interface NcloudSignOptions {
  /** Clock read once per signature (a function, or a fixed `Date`); defaults to the real clock. */
  now?: ClockInput;
  /** Hash/HMAC implementation; defaults to `node:crypto` under Node and WebCrypto elsewhere. */
  crypto?: CryptoPort;
}

/**
 * Signs a request for the NAVER Cloud API Gateway (signature v2) and returns a new `Request`.
 *
 * Why cloudsnap POSTs form bodies: the official SDKs disagree on whether the query string is signed
 * raw (JS, Python) or percent-encoded (Java, Go), and which one the gateway verifies is unconfirmed
 * (providers.md §1.2, §7). With `POST` + `application/x-www-form-urlencoded` the parameters travel in
 * the body, which is not signed, so the signed target is just the path and the question never arises.
 * When a query is present anyway, this signs exactly the percent-encoded target that goes on the wire.
 * @see providers.md §1.2
 */
export async function signNcloudRequest(
  request: Request,
  credentials: NcloudSigningCredentials,
  options: NcloudSignOptions = {},
): Promise<Request> {
  checkSigningCredentials(credentials);
  const wire = await wireFromRequest(request);
  const { headers } = await signNcloudWire(wire, credentials, options);
  return signedRequest(request, headers, wire.body);
}

/** Signs a wire request: the three headers, and the signature itself (a secret of the attempt). */
export async function signNcloudWire(
  request: Pick<WireRequest, "method" | "pathname" | "search">,
  credentials: NcloudSigningCredentials,
  options: NcloudSignOptions = {},
): Promise<{ readonly headers: Record<string, string>; readonly signature: string }> {
  const { accessKey, secretKey } = checkSigningCredentials(credentials);
  const ts = timestamp(readClock(options.now ?? systemClock));
  const toSign = stringToSign({
    method: request.method,
    requestTarget: requestTarget(request),
    timestamp: ts,
    accessKey,
  });
  const sig = await signature(options.crypto ?? cryptoPort, secretKey, toSign);
  return {
    headers: { [HEADER_TIMESTAMP]: ts, [HEADER_ACCESS_KEY]: accessKey, [HEADER_SIGNATURE]: sig },
    signature: sig,
  };
}

function checkSigningCredentials(credentials: NcloudSigningCredentials): NcloudSigningCredentials {
  return {
    accessKey: requireCredential(credentials?.accessKey, "accessKey", SCHEME_NAME),
    secretKey: requireCredential(credentials?.secretKey, "secretKey", SCHEME_NAME),
  };
}

/**
 * The `x-ncp-apigw-timestamp` value: milliseconds since the Unix epoch as a decimal string.
 * @see providers.md §1.2 (headers)
 */
export function timestamp(date: Date): string {
  return String(date.getTime());
}

/**
 * The request target signed by API Gateway v2: absolute path plus `?query`, exactly as sent on the wire
 * (the percent-encoded form, as the official Java SDK signs it).
 * @see providers.md §1.2 (REQUEST_TARGET)
 */
export function requestTarget(url: { readonly pathname: string; readonly search: string }): string {
  // `fetch` sends `pathname + search`; an empty `search` (URL ending in a bare "?") sends no "?" at all.
  return url.pathname + url.search;
}

/** Inputs of the NAVER Cloud string to sign. */
export interface NcloudStringToSignInput {
  method: string;
  requestTarget: string;
  timestamp: string;
  accessKey: string;
}

/**
 * `{METHOD} {REQUEST_TARGET}\n{TIMESTAMP}\n{ACCESS_KEY}`: one space after the method, LF line breaks.
 * @see providers.md §1.2 (string to sign)
 */
export function stringToSign(input: NcloudStringToSignInput): string {
  return `${input.method} ${input.requestTarget}\n${input.timestamp}\n${input.accessKey}`;
}

/**
 * Base64(HMAC-SHA256(key = UTF-8 secret key, message = string to sign)), standard alphabet with padding.
 * @see providers.md §1.2 (signature)
 */
export async function signature(
  crypto: CryptoPort,
  secretKey: string,
  stringToSign: string,
): Promise<string> {
  return toBase64(await crypto.hmacSha256(secretKey, stringToSign));
}
