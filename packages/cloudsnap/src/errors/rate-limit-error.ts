import { ClientError } from "./client-error";

/** 429: throttled or over quota; `retryAfterMs` holds the provider's `Retry-After` when sent. */
export class RateLimitError extends ClientError {
  override readonly name: string = "RateLimitError";
}
