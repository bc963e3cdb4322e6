import { redactText } from "../redact/redact-text";
import { CLOUDSNAP_ERROR, INSPECT_CUSTOM } from "./constants";

/** Options every cloudsnap error accepts. */
export interface CloudsnapErrorOptions {
  /** The underlying error; always kept as `error.cause`. */
  cause?: unknown;
  /**
   * Secret values known to the caller (secret keys, passwords, tokens). They are scrubbed from the
   * message and every printable field at construction, and never stored.
   */
  secrets?: readonly string[];
}

/** A short, already-scrubbed description of `cause` for `toJSON()` and console output. */
export interface CauseSummary {
  name: string;
  message: string;
}

const MAX_CAUSE_MESSAGE = 300;

/**
 * Root of every error cloudsnap throws. The message is scrubbed of known secrets and URL
 * credentials before `Error` captures the stack, so `message`, `String(error)` and `stack` are
 * safe; `toJSON()` and the Node inspector print only the safe fields.
 */
export class CloudsnapError extends Error {
  override readonly name: string = "CloudsnapError";
  readonly #cause: CauseSummary | undefined;

  constructor(message: string, options: CloudsnapErrorOptions = {}) {
    const secrets = options.secrets ?? [];
    super(redactText(message, secrets), "cause" in options ? { cause: options.cause } : undefined);
    this.#cause = "cause" in options ? summarizeCause(options.cause, secrets) : undefined;
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
