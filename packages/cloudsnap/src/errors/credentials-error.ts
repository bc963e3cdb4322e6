import { CloudsnapError, type CloudsnapErrorOptions, withoutUndefined } from "./cloudsnap-error";

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

/** Credentials could not be found or read. Lists what was tried; never includes a value. */
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
