/** A response read in full: what the decoder and the error factory work from. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly method: string;
  readonly url: string;
}

/** What one call needs to know while sending: names for errors, secrets to scrub, limits. */
export interface SendContext {
  readonly operation: string;
  readonly secrets: readonly string[];
  readonly signal?: AbortSignal | undefined;
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
}
