// Redaction: what makes a URL, a header set, a text or a decoded body safe to print. Every error
// message, error field and log line passes through here.

/** What every redacted value is replaced with. */
export const REDACTED = "***";

/**
 * Query keys, header names and object keys whose values are secrets.
 * `ak`/`sk` only match as whole words (`ak`, `x_ak`, `sk-id`) so `task` or `disk` stay readable.
 */
const SENSITIVE_KEY =
  /secret|passw(?:or)?d|token|signature|session|credential|authorization|cookie|access.?key|(?:^|[^a-z0-9])(?:ak|sk)(?:$|[^a-z0-9])/i;

/** Header names that are always redacted, lower-case (the signed headers of all three providers). */
const SENSITIVE_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "x-auth-token",
  "x-subject-token",
  "x-security-token",
  "x-ncp-apigw-signature-v1",
  "x-ncp-apigw-signature-v2",
  "x-ncp-iam-access-key",
  "cookie",
  "set-cookie",
]);

/** Path segments whose next segment is a secret, e.g. ZStack `DELETE /v1/accounts/sessions/{sessionUuid}`. */
const SECRET_PATH_PREFIXES: ReadonlySet<string> = new Set(["sessions"]);

/**
 * Shorter secret spellings than this are replaced only where they are a whole value (a field, a
 * header value or a text that is exactly the secret), never inside a text: a one-letter secret must
 * not mangle every message ("answered *** redirect", "***ody does not match").
 */
export const MIN_REDACTABLE_ANYWHERE = 8;

const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`]+/gi;
const HEADER_IN_TEXT =
  /\b(authorization|proxy-authorization|x-auth-token|x-subject-token|x-security-token|x-ncp-apigw-signature-v[12]|x-ncp-iam-access-key|set-cookie|cookie)(\s*[:=]\s*)[^\r\n]+/gi;
const ASSIGNMENT_IN_TEXT =
  /\b([\w.-]*(?:secret|passw(?:or)?d|token|signature|session|credential|access.?key)[\w.-]*=)[^\s&"',;]+/gi;
const JSON_FIELD_IN_TEXT =
  /("[^"]*(?:secret|passw(?:or)?d|token|signature|session|credential|access.?key)[^"]*"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;
const MAX_DEPTH = 16;

/** Any of the usual ways to hold headers. */
export type HeadersLike =
  | Headers
  | ReadonlyArray<readonly [string, string]>
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Whether a query key, header name or object key names a secret. */
export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_HEADERS.has(key.toLowerCase()) || SENSITIVE_KEY.test(key);
}

/**
 * Every spelling of each secret a server could reflect it in: raw, percent-encoded, JSON-escaped,
 * and, for secrets of at least {@link MIN_REDACTABLE_ANYWHERE} characters, base64 (standard and
 * URL-safe, with and without padding) and hex (lower and upper case) of its UTF-8 bytes. Longest first, so a longer secret is never half-replaced by a shorter one.
 */
export function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== "string" || secret === "") continue;
    forms.add(secret);
    forms.add(safeEncode(secret));
    forms.add(JSON.stringify(secret).slice(1, -1));
    // Encodings of a very short secret would match ordinary text ("78" is "x" in hex): raw forms only.
    if (secret.length < MIN_REDACTABLE_ANYWHERE) continue;
    // An ASCII secret (keys, and every per-attempt signature) is its own UTF-8 byte string: no
    // encoder, no byte loop. Spellings are computed for each new signature, so this path is hot.
    const binary = ASCII.test(secret) ? secret : byteString(utf8.encode(secret));
    const base64 = btoa(binary);
    forms.add(base64);
    forms.add(base64.replace(/=+$/, ""));
    forms.add(base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""));
    const hex = hexOfByteString(binary);
    forms.add(hex);
    forms.add(hex.toUpperCase());
  }
  forms.delete("");
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * Replaces every spelling of every secret in `text` with `***`. Spellings of at least
 * {@link MIN_REDACTABLE_ANYWHERE} characters go wherever they stand; a shorter one only when it is
 * the whole text (see {@link MIN_REDACTABLE_ANYWHERE}).
 */
export function scrubSecrets(text: string, forms: readonly string[]): string {
  let out = text;
  for (const form of forms) {
    if (form.length < MIN_REDACTABLE_ANYWHERE) {
      if (out === form) return REDACTED;
      continue;
    }
    if (out.includes(form)) out = out.split(form).join(REDACTED);
  }
  return out;
}

/**
 * Scrubs a string for printing: every known secret (in all its spellings, see {@link secretForms})
 * becomes `***`, URLs inside the text are passed through {@link redactUrl}, and `Authorization: …`
 * header lines, `password=…` assignments and `"password": "…"` JSON fields are masked.
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  return scrubSecrets(text, secretForms(secrets))
    .replace(URL_IN_TEXT, (url) => redactUrl(url))
    .replace(HEADER_IN_TEXT, (_match, name: string, sep: string) => `${name}${sep}${REDACTED}`)
    .replace(ASSIGNMENT_IN_TEXT, (_match, key: string) => `${key}${REDACTED}`)
    .replace(JSON_FIELD_IN_TEXT, (_match, key: string) => `${key}"${REDACTED}"`);
}

/**
 * A URL that is safe to print: no userinfo, no fragment, the values of sensitive query keys and
 * session ids in the path replaced with `***`. Everything else is kept byte for byte.
 */
export function redactUrl(url: string | URL): string {
  const text = String(url);
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return redactUnparsedUrl(text);
  }
  parsed.username = "";
  parsed.password = "";
  parsed.hash = "";
  parsed.pathname = redactPath(parsed.pathname);
  if (parsed.search.length > 1) parsed.search = redactQuery(parsed.search.slice(1));
  return parsed.toString();
}

/**
 * A plain object of headers (lower-case names) that is safe to print: credentials, tokens,
 * signatures, access keys and cookies become `***`.
 */
export function redactHeaders(headers: HeadersLike): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headerEntries(headers)) {
    const key = name.toLowerCase();
    out[key] = isSensitiveKey(key) ? REDACTED : value;
  }
  return out;
}

/**
 * A deep copy of a decoded body that is safe to print: strings go through {@link redactText},
 * values under sensitive keys (`password`, `token`, …) become `***`. Cycles and very deep values
 * are cut off rather than followed.
 */
export function redactValue(value: unknown, secrets: readonly string[] = []): unknown {
  return copyRedacted(value, secrets, 0, new WeakSet());
}

function copyRedacted(
  value: unknown,
  secrets: readonly string[],
  depth: number,
  seen: WeakSet<object>,
): unknown {
  if (typeof value === "string") return redactText(value, secrets);
  if (typeof value !== "object" || value === null) return value;
  if (seen.has(value) || depth >= MAX_DEPTH) return "[…]";
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => copyRedacted(item, secrets, depth + 1, seen));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = isSensitiveKey(key) ? REDACTED : copyRedacted(item, secrets, depth + 1, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

function safeEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text; // a lone surrogate: no percent-encoded spelling exists
  }
}

const utf8 = new TextEncoder();
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, control characters included.
const ASCII = /^[\u0000-\u007f]*$/;
/** Two lower-case hex digits for each byte value. */
const HEX_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** The bytes as a string of code units 0–255 (what `btoa` takes). */
function byteString(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return binary;
}

/** Lower-case hex of a string of code units 0–255. */
function hexOfByteString(binary: string): string {
  let hex = "";
  for (let i = 0; i < binary.length; i++) hex += HEX_BYTE[binary.charCodeAt(i)];
  return hex;
}

/** Fallback for relative or malformed URLs: the same rules applied to the raw string. */
function redactUnparsedUrl(text: string): string {
  const withoutHash = text.split("#", 1)[0] ?? "";
  const withoutUserinfo = withoutHash.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, "$1");
  const queryAt = withoutUserinfo.indexOf("?");
  if (queryAt < 0) return redactPath(withoutUserinfo);
  const path = redactPath(withoutUserinfo.slice(0, queryAt));
  return `${path}?${redactQuery(withoutUserinfo.slice(queryAt + 1))}`;
}

function redactPath(path: string): string {
  const segments = path.split("/");
  return segments
    .map((segment, i) => {
      const previous = i > 0 ? segments[i - 1] : undefined;
      return previous !== undefined && SECRET_PATH_PREFIXES.has(previous.toLowerCase()) && segment !== ""
        ? REDACTED
        : segment;
    })
    .join("/");
}

/** Redacts a raw query string (without `?`), keeping the original encoding of every other pair. */
function redactQuery(query: string): string {
  return query
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      const rawKey = eq < 0 ? pair : pair.slice(0, eq);
      return isSensitiveKey(decodeKey(rawKey)) && eq >= 0 ? `${rawKey}=${REDACTED}` : pair;
    })
    .join("&");
}

function decodeKey(rawKey: string): string {
  try {
    return decodeURIComponent(rawKey.replace(/\+/g, " "));
  } catch {
    return rawKey;
  }
}

function headerEntries(headers: HeadersLike): Array<[string, string]> {
  if (typeof Headers !== "undefined" && headers instanceof Headers) return [...headers.entries()];
  if (Array.isArray(headers)) return headers.map(([name, value]) => [String(name), String(value)]);
  const entries: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    if (value === undefined) continue;
    entries.push([name, Array.isArray(value) ? value.join(", ") : String(value)]);
  }
  return entries;
}
