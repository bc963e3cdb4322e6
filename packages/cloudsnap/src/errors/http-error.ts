import { redactText } from "../redact/redact-text";
import { redactUrl } from "../redact/redact-url";
import { redactValue } from "../redact/redact-value";
import { CloudsnapError, type CloudsnapErrorOptions, withoutUndefined } from "./cloudsnap-error";
import { MAX_PROVIDER_MESSAGE } from "./constants";

/** The clouds cloudsnap talks to. */
export type Provider = "ncloud" | "huaweicloud" | "zstack";

/** What an `HttpError` knows about the failed call. */
export interface HttpErrorOptions extends CloudsnapErrorOptions {
  provider: Provider;
  /** The spec's operationId, e.g. `createSnapshot`. */
  operation: string;
  status: number;
  method: string;
  /** The request URL; stored redacted. */
  url: string | URL;
  /** The provider's own error code (`EVS.2409`, `210`, `SYS.1000`, …). */
  code?: string;
  /** The provider's own error message. */
  providerMessage?: string;
  requestId?: string;
  /** The decoded body, or its text; stored redacted. */
  body?: unknown;
  /** From `Retry-After` on a 429 or 503, in milliseconds. */
  retryAfterMs?: number;
}

/**
 * The provider answered with a status that is not a success. Subclasses by status family:
 * `ClientError` (4xx; `BadRequestError` 400, `AuthenticationError` 401, `PermissionDeniedError` 403,
 * `NotFoundError` 404, `ConflictError` 409, `RateLimitError` 429) and `ServerError` (5xx).
 * Any other status is a plain `HttpError`. Build them with `createHttpError`.
 */
export class HttpError extends CloudsnapError {
  override readonly name: string = "HttpError";
  readonly provider: Provider;
  readonly operation: string;
  readonly status: number;
  readonly method: string;
  /** Redacted: no userinfo, sensitive query values and session ids masked. */
  readonly url: string;
  readonly code: string | undefined;
  readonly providerMessage: string | undefined;
  readonly requestId: string | undefined;
  readonly body: unknown;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: HttpErrorOptions) {
    super(message, options);
    const secrets = options.secrets ?? [];
    this.provider = options.provider;
    this.operation = options.operation;
    this.status = options.status;
    this.method = options.method.toUpperCase();
    this.url = redactText(redactUrl(options.url), secrets);
    this.code = optionalText(options.code, secrets);
    this.providerMessage = optionalText(options.providerMessage, secrets)?.slice(0, MAX_PROVIDER_MESSAGE);
    this.requestId = optionalText(options.requestId, secrets);
    this.body = redactValue(options.body, secrets);
    this.retryAfterMs = options.retryAfterMs;
  }

  override toJSON(): Record<string, unknown> {
    return withoutUndefined({
      ...super.toJSON(),
      provider: this.provider,
      operation: this.operation,
      status: this.status,
      method: this.method,
      url: this.url,
      code: this.code,
      providerMessage: this.providerMessage,
      requestId: this.requestId,
      retryAfterMs: this.retryAfterMs,
      body: this.body,
    });
  }
}

function optionalText(value: string | undefined, secrets: readonly string[]): string | undefined {
  return value === undefined || value === "" ? undefined : redactText(value, secrets);
}
