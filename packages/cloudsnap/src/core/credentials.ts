// Credentials every provider shares: sources and providers, `chain` and `memoize` (smithy's model),
// the safe-printing wrapper, and the check that runs on every resolved credential before it is used.

import { CredentialsError, INSPECT_CUSTOM } from "./errors";
import { isCredentialsError } from "./guards";
import { MIN_REDACTABLE_ANYWHERE, REDACTED } from "./redact";

/** Anything that yields credentials when asked; called again whenever they are needed. */
export type CredentialProvider<T> = () => Promise<T>;

/** Credentials given directly, or a provider of them. Accepted wherever credentials are. */
export type CredentialSource<T> = T | CredentialProvider<T>;

/** Credential fields whose values are secrets; everything that prints credentials masks them. */
const SECRET_FIELDS: ReadonlySet<string> = new Set([
  "secretKey",
  "securityToken",
  "password",
  "accessKeySecret",
]);
/** Key ids: not secret, but shown only by their first characters. */
const KEY_ID_FIELDS: ReadonlySet<string> = new Set(["accessKey", "accessKeyId"]);

/**
 * The values of credentials' secret fields and key ids: what a printout of requests made with them
 * (the CLI's --dry-run) must scrub. The same field lists that mask credentials wherever they print.
 */
export function credentialValuesToHide(credentials: object): string[] {
  return Object.entries(credentials)
    .filter(([key]) => SECRET_FIELDS.has(key) || KEY_ID_FIELDS.has(key))
    .map(([, value]) => value)
    .filter((value): value is string => typeof value === "string");
}

/**
 * Tries each provider in order and yields the first credentials found. A provider that finds
 * nothing (`CredentialsError`, reason `not-found`) passes to the next; a broken source (reason
 * `invalid`) or any other error stops the chain. When every provider comes up empty, throws one
 * `CredentialsError` whose `tried` lists every variable and file consulted.
 */
export function chain<T>(...providers: ReadonlyArray<CredentialProvider<T>>): CredentialProvider<T> {
  return async () => {
    const tried: string[] = [];
    const reasons: string[] = [];
    let lastError: unknown;
    for (const provider of providers) {
      try {
        return await provider();
      } catch (error) {
        if (!isCredentialsError(error)) throw error;
        tried.push(...error.tried);
        if (error.reason === "invalid") {
          throw new CredentialsError(error.message, {
            tried: unique(tried),
            reason: "invalid",
            cause: error,
          });
        }
        reasons.push(error.message);
        lastError = error;
      }
    }
    const detail = reasons.length > 0 ? `: ${reasons.join("; ")}` : " (no providers given)";
    throw new CredentialsError(`No credentials found${detail}`, {
      tried: unique(tried),
      ...(lastError === undefined ? {} : { cause: lastError }),
    });
  };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** When memoized credentials must be fetched again. */
export interface MemoizeOptions<T> {
  /** Whether a resolved value is no longer usable. */
  isExpired?: (value: T) => boolean;
  /** When a resolved value stops being usable (e.g. a token's `expires_at`). */
  expiresAt?: (value: T) => Date | number | undefined;
  /** Refresh this many milliseconds before `expiresAt`. Default 0. */
  refreshBeforeMs?: number;
  /** Clock in epoch milliseconds; defaults to `Date.now`. */
  now?: () => number;
}

/** A memoized provider, plus a way to drop the cached value (e.g. after a 401). */
export interface MemoizedProvider<T> extends CredentialProvider<T> {
  invalidate(): void;
}

/**
 * Caches the provider's promise: concurrent callers share one resolution, later callers reuse it
 * until it expires. A rejected attempt is not cached; the next call tries again.
 */
export function memoize<T>(
  provider: CredentialProvider<T>,
  options: MemoizeOptions<T> = {},
): MemoizedProvider<T> {
  const now = options.now ?? Date.now;
  let current: Promise<T> | undefined;
  let resolved: { value: T } | undefined;

  const expired = (value: T): boolean => {
    if (options.isExpired?.(value) === true) return true;
    const at = options.expiresAt?.(value);
    if (at === undefined) return false;
    return (typeof at === "number" ? at : at.getTime()) - (options.refreshBeforeMs ?? 0) <= now();
  };

  const start = (): Promise<T> => {
    resolved = undefined;
    const attempt: Promise<T> = Promise.resolve()
      .then(provider)
      .then(
        (value) => {
          if (current === attempt) resolved = { value };
          return value;
        },
        (error: unknown) => {
          if (current === attempt) current = undefined;
          throw error;
        },
      );
    current = attempt;
    return attempt;
  };

  const memoized = (): Promise<T> => {
    if (current === undefined) return start();
    if (resolved !== undefined && expired(resolved.value)) return start();
    return current;
  };
  memoized.invalidate = (): void => {
    current = undefined;
    resolved = undefined;
  };
  return memoized;
}

/**
 * A provider that always yields `credentials`. Rejects empty string fields up front rather than
 * signing with them later.
 */
export function fromStatic<T extends object>(credentials: T): CredentialProvider<T> {
  if (typeof credentials !== "object" || credentials === null) {
    throw new CredentialsError("Credentials must be an object", { reason: "invalid" });
  }
  for (const [field, value] of Object.entries(credentials)) {
    if (typeof value === "string" && value.trim() === "") {
      throw new CredentialsError(`Credentials field "${field}" is empty`, { reason: "invalid" });
    }
  }
  const protectedCredentials = protectCredentials(credentials);
  return () => Promise.resolve(protectedCredentials);
}

/** Credentials from a value or a provider, whichever was given. */
export function resolveCredentialSource<T extends object>(source: CredentialSource<T>): Promise<T> {
  if (typeof source === "function") return source();
  try {
    return fromStatic(source)();
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * A frozen copy of credentials that prints safely: `JSON.stringify` and `console.log` show
 * secrets as `***` and key ids by their first 4 characters. The fields themselves stay ordinary
 * enumerable properties so signers and destructuring work; a spread copy is a plain object again.
 */
export function protectCredentials<T extends object>(credentials: T): T {
  const copy = { ...credentials };
  const view = (): Record<string, unknown> => redactCredentials(copy);
  Object.defineProperty(copy, "toJSON", { value: view, enumerable: false });
  Object.defineProperty(copy, INSPECT_CUSTOM, { value: view, enumerable: false });
  return Object.freeze(copy);
}

/** The printable view of credentials: secrets `***`, key ids shortened, other fields as they are. */
export function redactCredentials(credentials: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(credentials)) {
    if (value === undefined) continue;
    if (SECRET_FIELDS.has(key)) out[key] = REDACTED;
    else if (KEY_ID_FIELDS.has(key) && typeof value === "string") out[key] = shortenKeyId(value);
    else out[key] = value;
  }
  return out;
}

function shortenKeyId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 4)}${REDACTED}` : REDACTED;
}

/**
 * How a credential field travels: `header` values go into HTTP headers (key ids, tokens), `secret`
 * values only into an HMAC or a body (secret keys, passwords), `text` values into a body or a path.
 */
export type CredentialFieldUse = "header" | "secret" | "text";

/** One field a provider's credentials must carry (or may, when `optional`). */
export interface CredentialField {
  readonly name: string;
  readonly use: CredentialFieldUse;
  readonly optional?: boolean;
}

// Control characters never belong in a credential: a line break would split a header (and Node's
// Headers would throw a TypeError quoting the value), a NUL would truncate it.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters in a credential.
const CONTROL = /[\u0000-\u001f\u007f]/;
// Header values travel as bytes (ISO-8859-1): anything above U+00FF cannot be sent.
// biome-ignore lint/suspicious/noControlCharactersInRegex: a range from U+0000 to U+00FF, the characters a header can carry.
const NOT_BYTE = /[^\u0000-\u00ff]/;
const warnedShort = new Set<string>();

/**
 * Checks resolved credentials before anything is signed or sent, and returns them cleaned. Each
 * field must be a non-empty string without control characters; a header field must also fit in a
 * header (ISO-8859-1, no surrounding spaces). One trailing line break (`\n` or `\r\n`, as a key read
 * from a file often carries) is removed; anything else is a `CredentialsError` naming the field,
 * never its value. A secret too short to redact safely inside other text (under 8 characters) is
 * reported once per process as a warning.
 */
export function checkCredentials<T extends object>(
  scheme: string,
  credentials: T,
  fields: readonly CredentialField[],
): T {
  if (typeof credentials !== "object" || credentials === null) {
    throw new CredentialsError(`${scheme} credentials must be an object`, { reason: "invalid" });
  }
  const record = credentials as Record<string, unknown>;
  let cleaned: Record<string, unknown> | undefined;
  for (const field of fields) {
    const raw = record[field.name];
    if (raw === undefined && field.optional) continue;
    const fail = (why: string) =>
      new CredentialsError(`${scheme} credentials: ${field.name} ${why}`, { reason: "invalid" });
    if (typeof raw !== "string") throw fail(raw === undefined ? "is missing" : "must be a string");
    const value = raw.replace(/\r?\n$/, "");
    if (value.trim() === "") throw fail("is empty");
    if (CONTROL.test(value)) throw fail("contains a control character (a line break, tab or NUL)");
    if (field.use === "header") {
      if (NOT_BYTE.test(value)) throw fail("contains characters that cannot be sent in an HTTP header");
      if (value !== value.trim()) throw fail("has leading or trailing spaces");
    }
    if (field.use !== "text" && value.length < MIN_REDACTABLE_ANYWHERE) warnShort(scheme, field.name);
    if (value !== raw) {
      cleaned ??= { ...record };
      cleaned[field.name] = value;
    }
  }
  return cleaned === undefined ? credentials : protectCredentials(cleaned as T);
}

function warnShort(scheme: string, field: string): void {
  const key = `${scheme}:${field}`;
  if (warnedShort.has(key)) return;
  warnedShort.add(key);
  const process = (globalThis as { process?: { emitWarning?: (message: string, options: object) => void } })
    .process;
  process?.emitWarning?.(
    `the ${scheme} ${field} is shorter than ${MIN_REDACTABLE_ANYWHERE} characters: too short to redact ` +
      "safely inside other text, so errors and logs hide it only where it stands as a whole value",
    { code: "CLOUDSNAP_SHORT_SECRET" },
  );
}

/**
 * Resolves credentials on every use (a provider may rotate them) and checks each distinct value
 * once: a malformed field is a `CredentialsError` naming it before anything is signed.
 */
export function checkedCredentials<T extends object>(
  source: CredentialSource<T>,
  fields: readonly CredentialField[],
  scheme: string,
): () => Promise<T> {
  let lastRaw: T | undefined;
  let lastChecked: T | undefined;
  return async () => {
    const raw = typeof source === "function" ? await (source as () => Promise<T>)() : (source as T);
    if (raw === lastRaw && lastChecked !== undefined) return lastChecked;
    const resolved = typeof source === "function" ? raw : await resolveCredentialSource(raw);
    lastChecked = checkCredentials(scheme, resolved, fields);
    lastRaw = raw;
    return lastChecked;
  };
}
