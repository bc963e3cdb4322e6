// The root of cloudsnap's errors and every error that is not an HTTP answer or a waiter's verdict:
// validation, credentials, signing, network, timeout and decoding. Each keeps `cause`; each scrubs
// known secrets from everything it can print before it is built (see `secrets`).

import { redactText, redactUrl, redactValue } from "./redact";

/** Node's `util.inspect.custom`, looked up by its registered name so no Node module is loaded. */
export const INSPECT_CUSTOM = Symbol.for("nodejs.util.inspect.custom");

/**
 * Brand on every cloudsnap error, registered so it survives realms and duplicate package copies.
 * Guards check it next to `name`, because DOMException also uses `TimeoutError` and `NetworkError`.
 */
export const CLOUDSNAP_ERROR = Symbol.for("cloudsnap.error");

/** Longest provider message kept on an error, in characters. */
export const MAX_PROVIDER_MESSAGE = 1000;
/** Longest provider message shown in an error's one-line message, in characters. */
export const MAX_MESSAGE_EXCERPT = 300;
/** Longest body excerpt on a `DecodeError`, in characters. */
export const MAX_DECODE_EXCERPT = 200;
const MAX_CAUSE_MESSAGE = 300;
const MAX_CAUSE_DEPTH = 5;

/** Options every cloudsnap error accepts. */
export interface CloudsnapErrorOptions {
  /** The underlying error; kept as `error.cause` (a scrubbed copy when it held a secret). */
  cause?: unknown;
  /**
   * Secret values known to the caller (secret keys, passwords, tokens, signatures). They are
   * scrubbed from the message, the cause chain and every printable field at construction, and never stored.
   */
  secrets?: readonly string[];
}

/** A short, already-scrubbed description of `cause` for `toJSON()` and console output. */
export interface CauseSummary {
  name: string;
  message: string;
}

/**
 * Root of every error cloudsnap throws. The message is scrubbed of known secrets and URL
 * credentials before `Error` captures the stack, so `message`, `String(error)` and `stack` are
 * safe; a cause that held a secret is replaced by a scrubbed copy (its own cause chain included),
 * and `toJSON()` and the Node inspector print only the safe fields.
 */
export class CloudsnapError extends Error {
  override readonly name: string = "CloudsnapError";
  readonly #cause: CauseSummary | undefined;

  constructor(message: string, options: CloudsnapErrorOptions = {}) {
    const secrets = options.secrets ?? [];
    const has = "cause" in options;
    super(redactText(message, secrets), has ? { cause: scrubCause(options.cause, secrets, 0) } : undefined);
    this.#cause = has ? summarizeCause(options.cause, secrets) : undefined;
  }

  /** Marks cloudsnap errors for the `isX` guards. */
  get [CLOUDSNAP_ERROR](): true {
    return true;
  }

  /** The safe fields as a plain object: what `JSON.stringify(error)` prints. */
  toJSON(): Record<string, unknown> {
    return withoutUndefined({ name: this.name, message: this.message, cause: this.#cause });
  }

  /** Node's `console.log` / `util.inspect` show the stack and the safe fields, not raw causes. */
  [INSPECT_CUSTOM](): string {
    const { name: _name, message: _message, ...fields } = this.toJSON();
    const extra = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields, null, 2)}` : "";
    return `${this.stack ?? `${this.name}: ${this.message}`}${extra}`;
  }
}

/** Removes `undefined` fields so `toJSON()` output stays compact. */
export function withoutUndefined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/**
 * The cause as given when nothing in it needs scrubbing (so `error.cause === cause`), else a copy
 * whose name, message, stack and own cause chain are scrubbed. cloudsnap's own errors are already safe.
 */
function scrubCause(cause: unknown, secrets: readonly string[], depth: number): unknown {
  if (cause === undefined || cause === null) return cause;
  if (typeof cause === "string") return redactText(cause, secrets);
  if (typeof cause !== "object") return cause;
  if ((cause as Record<symbol, unknown>)[CLOUDSNAP_ERROR] === true) return cause;
  if (!(cause instanceof Error)) {
    const copy = redactValue(cause, secrets);
    return JSON.stringify(copy) === safeStringify(cause) ? cause : copy;
  }
  const message = redactText(cause.message, secrets);
  const stack = cause.stack === undefined ? undefined : redactText(cause.stack, secrets);
  const inner = depth < MAX_CAUSE_DEPTH ? scrubCause(cause.cause, secrets, depth + 1) : undefined;
  if (message === cause.message && stack === cause.stack && inner === cause.cause) return cause;
  const copy = new Error(message, inner === undefined ? undefined : { cause: inner });
  copy.name = redactText(cause.name, secrets);
  copy.stack = stack;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === "string" || typeof code === "number") Object.assign(copy, { code });
  return copy;
}

function safeStringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

function summarizeCause(cause: unknown, secrets: readonly string[]): CauseSummary | undefined {
  if (cause === undefined) return undefined;
  const record = typeof cause === "object" && cause !== null ? (cause as Record<string, unknown>) : {};
  const name = typeof record.name === "string" ? record.name : typeof cause;
  const raw = typeof record.message === "string" ? record.message : typeof cause === "string" ? cause : "";
  const message = redactText(raw, secrets);
  return {
    name: redactText(name, secrets),
    message: message.length > MAX_CAUSE_MESSAGE ? `${message.slice(0, MAX_CAUSE_MESSAGE)}…` : message,
  };
}

/** Where a failed call was going; shared by errors that happen before or without a response. */
export interface RequestFields {
  /** The spec's operationId. */
  operation?: string;
  method?: string;
  /** Stored redacted. */
  url?: string | URL;
}

function safeRequestFields(fields: RequestFields, secrets: readonly string[] = []) {
  return {
    operation: fields.operation,
    method: fields.method?.toUpperCase(),
    url: fields.url === undefined ? undefined : redactText(redactUrl(fields.url), secrets),
  };
}

/** Options for {@link ValidationError}. */
export interface ValidationErrorOptions extends CloudsnapErrorOptions {
  /** The spec's operationId (or the function) whose input was rejected. */
  operation: string;
  /** Dotted path of the offending field, e.g. `snapshot.name`. */
  path: string;
  /** The JSON Schema keyword that failed, e.g. `maxLength`, `pattern`, `required`. */
  rule: string;
  /** The limit the rule expects, e.g. `64`, or the pattern. Never the rejected value. */
  expected?: number | string;
}

/**
 * Input rejected before anything was sent. The message names the field and the rule, never the
 * value: `createSnapshot: snapshot.name must be at most 64 characters (maxLength)`.
 */
export class ValidationError extends CloudsnapError {
  override readonly name: string = "ValidationError";
  readonly operation: string;
  readonly path: string;
  readonly rule: string;
  readonly expected: number | string | undefined;

  constructor(message: string, options: ValidationErrorOptions) {
    super(message, options);
    this.operation = options.operation;
    this.path = options.path;
    this.rule = options.rule;
    this.expected = options.expected;
  }

  override toJSON(): Record<string, unknown> {
    const { operation, path, rule, expected } = this;
    return withoutUndefined({ ...super.toJSON(), operation, path, rule, expected });
  }
}

const DESCRIBE: Readonly<Record<string, (expected: string) => string>> = {
  required: () => "is required",
  maxLength: (n) => `must be at most ${n} characters`,
  minLength: (n) => `must be at least ${n} characters`,
  maxBytes: (n) => `must be at most ${n} bytes`,
  pattern: (p) => `must match ${p}`,
  format: (f) => `must be a valid ${f}`,
  enum: (list) => `must be one of ${list}`,
  type: (t) => `must be of type ${t}`,
  minimum: (n) => `must be at least ${n}`,
  maximum: (n) => `must be at most ${n}`,
  range: (r) => `must be ${r}`,
  minItems: (n) => `must have at least ${n} items`,
  maxItems: (n) => `must have at most ${n} items`,
  unknownField: (e) =>
    `is not a known field${e.startsWith("a known field") ? e.slice("a known field".length) : ": this operation takes none"}`,
  pathSegment: () => 'must not be empty, "." or ".." (it fills one path segment)',
  unicode: () => "must be well-formed Unicode (it holds a lone surrogate)",
  reserved: (e) => `must not be set: it is ${e}`,
};

/**
 * A `ValidationError` with the standard message, e.g.
 * `createSnapshot: snapshot.name must be at most 64 characters (maxLength)`.
 */
export function createValidationError(options: Omit<ValidationErrorOptions, "secrets">): ValidationError {
  const expected = options.expected === undefined ? "" : String(options.expected);
  const describe = Object.hasOwn(DESCRIBE, options.rule) ? DESCRIBE[options.rule] : undefined;
  const requirement = describe
    ? describe(expected)
    : `is invalid${expected ? ` (expected ${expected})` : ""}`;
  return new ValidationError(
    `${options.operation}: ${options.path} ${requirement} (${options.rule})`,
    options,
  );
}

/**
 * `not-found`: this source holds no credentials, so a chain moves on to the next one.
 * `invalid`: this source is set up but broken (half-set pair, malformed file); a chain stops here.
 */
export type CredentialsErrorReason = "not-found" | "invalid";

/** Options for {@link CredentialsError}. */
export interface CredentialsErrorOptions extends CloudsnapErrorOptions {
  /** Every environment variable and file consulted, in order. Names and paths only, never values. */
  tried?: readonly string[];
  /** Defaults to `not-found`. */
  reason?: CredentialsErrorReason;
}

/** Credentials could not be found, read or used. Lists what was tried; never includes a value. */
export class CredentialsError extends CloudsnapError {
  override readonly name: string = "CredentialsError";
  readonly tried: string[];
  readonly reason: CredentialsErrorReason;

  constructor(message: string, options: CredentialsErrorOptions = {}) {
    super(message, options);
    this.tried = [...(options.tried ?? [])];
    this.reason = options.reason ?? "not-found";
  }

  override toJSON(): Record<string, unknown> {
    return withoutUndefined({ ...super.toJSON(), reason: this.reason, tried: this.tried });
  }
}

/**
 * A request could not be signed (bad credentials shape, unsupported body, crypto failure).
 * Constructed as `new SigningError(message, { cause })`.
 */
export class SigningError extends CloudsnapError {
  override readonly name: string = "SigningError";
}

/** Options for {@link NetworkError}. */
export interface NetworkErrorOptions extends CloudsnapErrorOptions, RequestFields {
  /**
   * Whether the request may have reached the server. Defaults to `true`, the safe answer; set
   * `false` only when it provably never left (DNS failure, connection refused).
   */
  maybeSent?: boolean;
  /** The system's error code (`ECONNREFUSED`, `ENOTFOUND`, …), when there is one. */
  code?: string;
}

/** No HTTP response: DNS, TCP, TLS or a dropped connection. `cause` holds the fetch error. */
export class NetworkError extends CloudsnapError {
  override readonly name: string = "NetworkError";
  readonly operation: string | undefined;
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly maybeSent: boolean;
  readonly code: string | undefined;

  constructor(message: string, options: NetworkErrorOptions = {}) {
    super(message, options);
    const request = safeRequestFields(options, options.secrets);
    this.operation = request.operation;
    this.method = request.method;
    this.url = request.url;
    this.maybeSent = options.maybeSent ?? true;
    this.code = options.code;
  }

  override toJSON(): Record<string, unknown> {
    const { operation, method, url, maybeSent, code } = this;
    return withoutUndefined({ ...super.toJSON(), operation, method, url, code, maybeSent });
  }
}

/** Which deadline ran out: one attempt's timeout, or the whole call's (all attempts and waits). */
export type TimeoutDeadline = "attempt" | "overall";

/** Options for {@link TimeoutError}. */
export interface TimeoutErrorOptions extends CloudsnapErrorOptions, RequestFields {
  /** The timeout that elapsed, in milliseconds. */
  timeoutMs: number;
  deadline: TimeoutDeadline;
}

/** A deadline elapsed. The request may have reached the server: a create may still have run. */
export class TimeoutError extends CloudsnapError {
  override readonly name: string = "TimeoutError";
  readonly timeoutMs: number;
  readonly deadline: TimeoutDeadline;
  readonly operation: string | undefined;
  readonly method: string | undefined;
  readonly url: string | undefined;

  constructor(message: string, options: TimeoutErrorOptions) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
    this.deadline = options.deadline;
    const request = safeRequestFields(options, options.secrets);
    this.operation = request.operation;
    this.method = request.method;
    this.url = request.url;
  }

  override toJSON(): Record<string, unknown> {
    const { timeoutMs, deadline, operation, method, url } = this;
    return withoutUndefined({ ...super.toJSON(), timeoutMs, deadline, operation, method, url });
  }
}

/** Options for {@link DecodeError}. */
export interface DecodeErrorOptions extends CloudsnapErrorOptions {
  operation?: string;
  status?: number;
  contentType?: string;
  /** The raw body. Not stored: only a redacted excerpt of at most 200 characters is kept. */
  body?: string;
}

/**
 * A response could not be decoded into what the spec promises: a malformed or too deep body, a
 * content type or success status the spec does not declare, a required field missing.
 */
export class DecodeError extends CloudsnapError {
  override readonly name: string = "DecodeError";
  readonly operation: string | undefined;
  readonly status: number | undefined;
  readonly contentType: string | undefined;
  /** The start of the body, secrets removed, whitespace collapsed, at most 200 characters. */
  readonly excerpt: string | undefined;

  constructor(message: string, options: DecodeErrorOptions = {}) {
    super(message, options);
    this.operation = options.operation;
    this.status = options.status;
    this.contentType = options.contentType;
    this.excerpt = options.body === undefined ? undefined : excerptOf(options.body, options.secrets ?? []);
  }

  override toJSON(): Record<string, unknown> {
    const { operation, status, contentType, excerpt } = this;
    return withoutUndefined({ ...super.toJSON(), operation, status, contentType, excerpt });
  }
}

/** Redacts the whole body first, then cuts, so a secret can never be half-shown at the cut. */
function excerptOf(body: string, secrets: readonly string[]): string {
  const flat = redactText(body, secrets).replace(/\s+/g, " ").trim();
  return flat.length > MAX_DECODE_EXCERPT ? `${flat.slice(0, MAX_DECODE_EXCERPT - 1)}…` : flat;
}

/** Rejects a missing, non-string or empty identifier with a `ValidationError`; returns it otherwise. */
export function requireId(waiter: string, path: string, value: unknown): string {
  if (value === undefined || value === null || value === "") {
    throw createValidationError({ operation: waiter, path, rule: "required" });
  }
  if (typeof value !== "string") {
    throw createValidationError({ operation: waiter, path, rule: "type", expected: "string" });
  }
  return value;
}
