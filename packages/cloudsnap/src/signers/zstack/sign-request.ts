import { cryptoPort } from "#crypto";
import type { CryptoPort } from "../../crypto/types.js";
import { parseRequestUrl } from "../shared/parse-request-url.js";
import { readBody } from "../shared/read-body.js";
import { readClock, systemClock } from "../shared/read-clock.js";
import { rebuildRequest } from "../shared/rebuild-request.js";
import { requireCredential } from "../shared/require-credential.js";
import { authorizationHeader } from "./authorization-header.js";
import { HEADER_AUTHORIZATION, HEADER_DATE, SCHEME_NAME } from "./constants.js";
import { dateHeader } from "./date-header.js";
import { decodedUri } from "./decoded-uri.js";
import { signature } from "./signature.js";
import { stringToSign } from "./string-to-sign.js";
import { wallClock } from "./wall-clock.js";

/** A ZStack AccessKey pair. */
export interface ZStackSigningCredentials {
  accessKeyId: string;
  accessKeySecret: string;
}

/** Options for {@link signZStackRequest}. */
export interface ZStackSignOptions {
  /** Clock read once per signature; defaults to the real clock. */
  now?: () => Date;
  /**
   * IANA time zone of the management node, in which the Date header is rendered. Defaults to this
   * runtime's local zone, as the official SDKs do; set it when the two differ.
   */
  timeZone?: string;
  /** Hash/HMAC implementation; defaults to `node:crypto` under Node and WebCrypto elsewhere. */
  crypto?: CryptoPort;
}

/**
 * Signs a request with ZStack AccessKey auth and returns a new `Request` carrying `Date` and
 * `Authorization: ZStack {AccessKeyId}:{Signature}`. `Date` is a forbidden header name in browsers'
 * fetch, so this works in server runtimes (Node, Deno, Bun), not in a browser page.
 * @see providers.md §6.5
 */
export async function signZStackRequest(
  request: Request,
  credentials: ZStackSigningCredentials,
  options: ZStackSignOptions = {},
): Promise<Request> {
  const accessKeyId = requireCredential(credentials?.accessKeyId, "accessKeyId", SCHEME_NAME);
  const accessKeySecret = requireCredential(credentials?.accessKeySecret, "accessKeySecret", SCHEME_NAME);
  const url = parseRequestUrl(request);
  const uri = decodedUri(url.pathname);
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const date = dateHeader(wallClock(readClock(options.now ?? systemClock), timeZone));
  const body = await readBody(request);

  const sig = await signature(
    options.crypto ?? cryptoPort,
    accessKeySecret,
    stringToSign(request.method, date, uri),
  );
  const headers = new Headers(request.headers);
  headers.set(HEADER_DATE, date);
  headers.set(HEADER_AUTHORIZATION, authorizationHeader(accessKeyId, sig));
  return rebuildRequest(request, headers, body);
}
