import { redactText } from "../redact/redact-text";
import { CloudsnapError, type CloudsnapErrorOptions, withoutUndefined } from "./cloudsnap-error";
import { MAX_DECODE_EXCERPT } from "./constants";

/** Options for {@link DecodeError}. */
export interface DecodeErrorOptions extends CloudsnapErrorOptions {
  operation?: string;
  status?: number;
  contentType?: string;
  /** The raw body. Not stored: only a redacted excerpt of at most 200 characters is kept. */
  body?: string;
}

/** A response could not be decoded into the type the spec promises. */
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
