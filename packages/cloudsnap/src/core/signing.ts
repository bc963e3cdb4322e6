// What every signer shares: the request as it goes on the wire, the clock, and the few checks and
// conversions around a `Request` that the public signers take and return.

import { SigningError } from "./errors";

/**
 * One request as it goes on the wire, built once per call (the body serialized once) and signed
 * afresh per attempt. Headers are lower-case names. `target` is the path and query exactly as sent.
 */
export interface WireRequest {
  readonly method: string;
  /** `scheme://host[:port]`, no trailing slash. */
  readonly origin: string;
  /** `host[:port]` as the `Host` header carries it (default port omitted). */
  readonly host: string;
  /** Percent-encoded path, as sent. */
  readonly pathname: string;
  /** `?query` as sent, or `""`. */
  readonly search: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | undefined;
}

/** The full URL of a wire request. */
export function wireUrl(request: WireRequest): string {
  return request.origin + request.pathname + request.search;
}

/** A clock (`() => Date`) or a fixed `Date`: every option named `now` takes either. */
export type ClockInput = (() => Date) | Date;

/** The real clock, used only when the caller passes no `now`. */
export const systemClock = (): Date => new Date();

/** A fixed `Date` as a clock; a clock as it is. */
export function toClock(now: ClockInput | undefined): () => Date {
  if (now === undefined) return systemClock;
  if (now instanceof Date) return () => now;
  if (typeof now !== "function") throw new SigningError("now must be a function returning a Date, or a Date");
  return now;
}

/** Reads the clock once and checks it returned a valid `Date`. */
export function readClock(now: ClockInput): Date {
  const date = typeof now === "function" ? now() : now;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new SigningError("the signing clock returned an invalid Date");
  }
  return date;
}

/** Returns `value` when it is a non-empty string; otherwise throws naming the field, never its value. */
export function requireCredential(value: unknown, field: string, scheme: string): string {
  if (typeof value !== "string" || value === "") {
    throw new SigningError(`${scheme} signing needs a non-empty ${field}`);
  }
  return value;
}

/** Parses the request URL and checks it is an absolute http(s) URL, the only kind the signers handle. */
export function parseRequestUrl(request: Pick<Request, "url">): URL {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch (cause) {
    throw new SigningError("cannot sign a request without an absolute URL", { cause });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new SigningError(`cannot sign a request with a ${url.protocol} URL; expected http: or https:`);
  }
  return url;
}

/**
 * Reads the request body once, as the exact bytes that will be sent, without consuming `request`
 * (it reads a clone, so the caller's request stays usable).
 */
export async function readBody(request: Request): Promise<Uint8Array<ArrayBuffer> | null> {
  if (request.body === null) return null;
  if (request.bodyUsed) throw new SigningError("cannot sign a request whose body has already been read");
  return new Uint8Array(await request.clone().arrayBuffer());
}

/** A `Request` as a wire request: its URL parsed, its headers lower-cased, its body read once. */
export async function wireFromRequest(request: Request): Promise<WireRequest> {
  const url = parseRequestUrl(request);
  const headers: Record<string, string> = {};
  for (const [name, value] of request.headers) headers[name] = value;
  const body = await readBody(request);
  return {
    method: request.method,
    origin: url.origin,
    host: url.host,
    pathname: url.pathname,
    search: url.search,
    headers,
    body: body ?? undefined,
  };
}

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

/** A `Request` carrying the signer's headers over the original, for the public signers' return value. */
export function signedRequest(
  request: Request,
  added: Readonly<Record<string, string>>,
  body: WireRequest["body"],
): Request {
  const headers = new Headers(request.headers);
  for (const [name, value] of Object.entries(added)) headers.set(name, value);
  const bytes =
    body === undefined
      ? null
      : typeof body === "string"
        ? new TextEncoder().encode(body)
        : new Uint8Array(body);
  return rebuildRequest(request, headers, bytes);
}

/** A response read in full, as the signing clock and the authorizers look at it. */
export interface AnswerLike {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

/** A signer's clock that learns how far the provider's clock is from ours. */
export interface SigningClock {
  /** The time to sign with: the local clock plus the learned offset. */
  now(): Date;
  /** The learned offset in milliseconds (provider clock minus local clock; 0 until one is learned). */
  offsetMs(): number;
  /**
   * Looks at a rejected response: when it is the provider's clock-skew rejection and its `Date`
   * header is further from the corrected clock than the provider's window, learns the offset and
   * returns `true` (re-sign and send again). Otherwise changes nothing and returns `false`.
   */
  learnFrom(response: AnswerLike): boolean;
  /**
   * Whether a request signed with offset `signedWith` and refused for skew should be signed again:
   * this answer taught a new offset, or another request's answer already did (so requests in flight
   * together are all re-signed, not only the first to come back). Each call re-signs once at most.
   */
  shouldResign(response: AnswerLike, signedWith: number): boolean;
}

/** How one provider shows clock skew. */
export interface SigningClockSettings {
  /** The local clock (default: the real one). */
  readonly now?: ClockInput | undefined;
  /** The largest skew the provider accepts, in milliseconds (NCP 5 min, Huawei and ZStack 15 min). */
  readonly windowMs: number;
  /** Whether a response is the provider's rejection of a stale or future timestamp. */
  readonly isSkewRejection: (response: AnswerLike) => boolean;
  /** `false` turns learning off: the clock is then the local clock as is. */
  readonly correct: boolean;
}

/**
 * A clock whose offset is learned from the provider's own `Date` header, kept for the client's
 * later calls (AWS SDKs do the same with `systemClockOffset`). Only a rejection that shows skew
 * beyond the window teaches it, so a wrong secret is never mistaken for a wrong clock.
 */
export function createSigningClock(settings: SigningClockSettings): SigningClock {
  const local = toClock(settings.now);
  let offset = 0;
  const learnFrom = (response: AnswerLike): boolean => {
    if (!settings.correct || !settings.isSkewRejection(response)) return false;
    const server = Date.parse(response.headers.get("date") ?? "");
    if (Number.isNaN(server)) return false;
    const localNow = local().getTime();
    if (Math.abs(server - (localNow + offset)) <= settings.windowMs) return false;
    offset = server - localNow;
    return true;
  };
  return {
    now: () => (offset === 0 ? local() : new Date(local().getTime() + offset)),
    offsetMs: () => offset,
    learnFrom,
    shouldResign: (response, signedWith) =>
      learnFrom(response) ||
      (settings.correct && signedWith !== offset && settings.isSkewRejection(response)),
  };
}
