import { cryptoPort } from "#crypto";
import type { CryptoPort } from "../../crypto/types.js";
import { parseRequestUrl } from "../shared/parse-request-url.js";
import { readBody } from "../shared/read-body.js";
import { readClock, systemClock } from "../shared/read-clock.js";
import { rebuildRequest } from "../shared/rebuild-request.js";
import { requireCredential } from "../shared/require-credential.js";
import { authorizationHeader } from "./authorization-header.js";
import { canonicalHeaders } from "./canonical-headers.js";
import { canonicalQueryString } from "./canonical-query-string.js";
import { canonicalRequest } from "./canonical-request.js";
import { canonicalUri } from "./canonical-uri.js";
import { HEADER_AUTHORIZATION, HEADER_SDK_DATE, HEADER_SECURITY_TOKEN, SCHEME_NAME } from "./constants.js";
import { hashedPayload } from "./hashed-payload.js";
import { headersToSign } from "./headers-to-sign.js";
import { queryParameters } from "./query-parameters.js";
import { sdkDate } from "./sdk-date.js";
import { signature } from "./signature.js";
import { signedHeaders } from "./signed-headers.js";
import { stringToSign } from "./string-to-sign.js";

/** AK/SK pair, plus the security token that comes with temporary credentials. */
export interface HuaweiCloudSigningCredentials {
  accessKey: string;
  secretKey: string;
  securityToken?: string;
}

/** Options for {@link signHuaweiCloudRequest}. */
export interface HuaweiCloudSignOptions {
  /** Clock read once per signature; defaults to the real clock. */
  now?: () => Date;
  /** Hash/HMAC implementation; defaults to `node:crypto` under Node and WebCrypto elsewhere. */
  crypto?: CryptoPort;
}

/**
 * Signs a request with Huawei Cloud APIG AK/SK (`SDK-HMAC-SHA256`) and returns a new `Request` carrying
 * `X-Sdk-Date`, `X-Security-Token` (when given) and `Authorization`.
 * @see providers.md §5.4
 */
export async function signHuaweiCloudRequest(
  request: Request,
  credentials: HuaweiCloudSigningCredentials,
  options: HuaweiCloudSignOptions = {},
): Promise<Request> {
  const accessKey = requireCredential(credentials?.accessKey, "accessKey", SCHEME_NAME);
  const secretKey = requireCredential(credentials?.secretKey, "secretKey", SCHEME_NAME);
  const token = credentials.securityToken;
  if (token !== undefined) requireCredential(token, "securityToken (when given)", SCHEME_NAME);
  const url = parseRequestUrl(request);
  const crypto = options.crypto ?? cryptoPort;
  const date = sdkDate(readClock(options.now ?? systemClock));
  const body = await readBody(request);

  const headers = new Headers(request.headers);
  headers.set(HEADER_SDK_DATE, date);
  if (token !== undefined) headers.set(HEADER_SECURITY_TOKEN, token);
  const signing = headersToSign(headers, url.host);
  const names = signedHeaders(signing);
  const canonical = canonicalRequest({
    method: request.method,
    canonicalUri: canonicalUri(url.pathname),
    canonicalQueryString: canonicalQueryString(queryParameters(url.search)),
    canonicalHeaders: canonicalHeaders(signing),
    signedHeaders: names,
    hashedPayload: await hashedPayload(crypto, body),
  });
  const toSign = stringToSign(date, await crypto.sha256Hex(canonical));
  const sig = await signature(crypto, secretKey, toSign);
  headers.set(HEADER_AUTHORIZATION, authorizationHeader(accessKey, names, sig));
  return rebuildRequest(request, headers, body);
}
