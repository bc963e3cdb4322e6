// ZStack AccessKey signing: `METHOD\nDate\nURI` → HMAC-SHA1 → base64, with the Date in the
// management node's local time. Checked against the server's verifier (providers.md §6.5).

import { cryptoPort } from "#crypto";
import { SigningError } from "../../core/errors";
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

/** Header carrying the signing time (providers.md §6.5). */
export const HEADER_DATE = "date";
/** Header carrying `ZStack {AccessKeyId}:{Signature}`. */
export const HEADER_AUTHORIZATION = "authorization";
/** Authorization scheme word for AccessKey auth (RestServer's HEADER_ACCESSKEY). */
export const AUTH_SCHEME = "ZStack";
/** The signed URI starts here: everything before it is the servlet context path (e.g. `/zstack`). */
export const API_VERSION_PREFIX = "/v1/";
/** The server's Date pattern (java.time, English, case-insensitive); documentation only. */
export const DATE_PATTERN = "EEE, dd MMM yyyy HH:mm:ss z";
/** English day names for `EEE`, indexed by `Date#getUTCDay()`. */
export const DAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
/** English month names for `MMM`, indexed from January = 0. */
export const MONTH_NAMES = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;
/** Zone text for offset zero; `GMT±hh:mm` otherwise. */
export const GMT = "GMT";
const SCHEME_NAME = "ZStack";

/** A ZStack AccessKey pair. */
export interface ZStackSigningCredentials {
  accessKeyId: string;
  accessKeySecret: string;
}

/** Options for {@link signZStackRequest}. */
export interface ZStackSignOptions {
  /** Clock read once per signature (a function, or a fixed `Date`); defaults to the real clock. */
  now?: ClockInput;
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
  checkSigningCredentials(credentials);
  const wire = await wireFromRequest(request);
  const { headers } = await signZStackWire(wire, credentials, options);
  return signedRequest(request, headers, wire.body);
}

/** Signs a wire request: `Date` and `Authorization`, and the signature itself (a secret of the attempt). */
export async function signZStackWire(
  request: Pick<WireRequest, "method" | "pathname">,
  credentials: ZStackSigningCredentials,
  options: ZStackSignOptions = {},
): Promise<{ readonly headers: Record<string, string>; readonly signature: string }> {
  const { accessKeyId, accessKeySecret } = checkSigningCredentials(credentials);
  const uri = decodedUri(request.pathname);
  const instant = readClock(options.now ?? systemClock);
  const date = dateHeader(
    options.timeZone === undefined ? localWallClock(instant) : wallClock(instant, options.timeZone),
  );
  const sig = await signature(
    options.crypto ?? cryptoPort,
    accessKeySecret,
    stringToSign(request.method, date, uri),
  );
  return {
    headers: { [HEADER_DATE]: date, [HEADER_AUTHORIZATION]: authorizationHeader(accessKeyId, sig) },
    signature: sig,
  };
}

function checkSigningCredentials(credentials: ZStackSigningCredentials): ZStackSigningCredentials {
  return {
    accessKeyId: requireCredential(credentials?.accessKeyId, "accessKeyId", SCHEME_NAME),
    accessKeySecret: requireCredential(credentials?.accessKeySecret, "accessKeySecret", SCHEME_NAME),
  };
}

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

/**
 * StringToSign: `METHOD\nDate\nURI` (no body, no query, no trailing newline).
 * @see providers.md §6.5 (StringToSign); zstack AccessKeyManager#doAuth
 */
export function stringToSign(method: string, date: string, uri: string): string {
  return `${method}\n${date}\n${uri}`;
}

/**
 * Signature: Base64(HMAC-SHA1(key = AccessKeySecret, message = StringToSign)), both UTF-8.
 * @see providers.md §6.5 (Signature)
 */
export async function signature(
  crypto: CryptoPort,
  accessKeySecret: string,
  stringToSign: string,
): Promise<string> {
  return toBase64(await crypto.hmacSha1(accessKeySecret, stringToSign));
}

/**
 * `ZStack {AccessKeyId}:{Signature}`.
 * @see providers.md §6.5 (Authorization)
 */
export function authorizationHeader(accessKeyId: string, signature: string): string {
  return `${AUTH_SCHEME} ${accessKeyId}:${signature}`;
}

/**
 * The `Date` header, `EEE, dd MMM yyyy HH:mm:ss z` in English, from a wall clock: the fields are the
 * management node's local time and the zone is its offset, so both `rest.checkTimeZone` modes accept it.
 * @see providers.md §6.5 (Date)
 */
export function dateHeader(clock: WallClock): string {
  const weekday = DAY_NAMES[new Date(Date.UTC(clock.year, clock.month - 1, clock.day)).getUTCDay()];
  const month = MONTH_NAMES[clock.month - 1];
  const time = [clock.hour, clock.minute, clock.second].map((n) => pad(n, 2)).join(":");
  return `${weekday}, ${pad(clock.day, 2)} ${month} ${pad(clock.year, 4)} ${time} ${gmtOffset(clock.offsetMinutes)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * Renders a UTC offset as the zone text of the Date header: `GMT` at zero, else `GMT+hh:mm`/`GMT-hh:mm`.
 * java.time's `z` parser (which the server uses) reads both and honours the offset; `GMT+8` (no
 * minutes) fails to parse, and abbreviations are ambiguous (`CST` parses as America/Chicago).
 * UNCONFIRMED against a live management node.
 * @see providers.md §6.5 (Date)
 */
export function gmtOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return GMT;
  const sign = offsetMinutes > 0 ? "+" : "-";
  const abs = Math.abs(offsetMinutes);
  return `${GMT}${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

/** Calendar fields of an instant as shown on a clock in some time zone, plus that zone's UTC offset. */
export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC at that instant (DST included). */
  offsetMinutes: number;
}

/**
 * Reads the wall clock of IANA `timeZone` at `instant` (the management node's local time, which the
 * server compares against when `rest.checkTimeZone` is false).
 * @see providers.md §6.5 (time-zone gotcha)
 */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = new Map(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.get(type));
  const wall = {
    year: field("year"),
    month: field("month"),
    day: field("day"),
    hour: field("hour"),
    minute: field("minute"),
    second: field("second"),
  };
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const instantSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return { ...wall, offsetMinutes: Math.round((wallAsUtc - instantSeconds) / 60_000) };
}

/**
 * The wall clock of this runtime's own zone at `instant`, read with `Date`'s local getters: the same
 * zone `Intl.DateTimeFormat()` resolves to, without building a formatter per signature (building one
 * cost more than the rest of the signature together). Years outside 1–9999 go through `Intl`.
 */
export function localWallClock(instant: Date): WallClock {
  const year = instant.getFullYear();
  if (year < 1 || year > 9999) return wallClock(instant, Intl.DateTimeFormat().resolvedOptions().timeZone);
  const wall = {
    year,
    month: instant.getMonth() + 1,
    day: instant.getDate(),
    hour: instant.getHours(),
    minute: instant.getMinutes(),
    second: instant.getSeconds(),
  };
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const instantSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return { ...wall, offsetMinutes: Math.round((wallAsUtc - instantSeconds) / 60_000) };
}

/** Formatters by zone: building an `Intl.DateTimeFormat` costs far more than formatting with one. */
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_CACHED_FORMATTERS = 64;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached !== undefined) return cached;
  const formatter = createFormatter(timeZone);
  if (formatters.size >= MAX_CACHED_FORMATTERS) formatters.clear();
  formatters.set(timeZone, formatter);
  return formatter;
}

function createFormatter(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
  } catch (cause) {
    throw new SigningError(`unknown time zone "${timeZone}"; expected an IANA name such as "Asia/Shanghai"`, {
      cause,
    });
  }
}
