import type { Logger } from "../logging/logger";

/** A response read in full: what the decoder and the error factory work from. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly method: string;
  readonly url: string;
}

/** What one call needs to know while sending: names for errors, secrets to scrub, limits, logging. */
export interface SendContext {
  readonly operation: string;
  /** 1 for the first attempt of a call, 2 for its first retry, … (for log lines). */
  readonly attempt?: number;
  readonly logger?: Logger | undefined;
  readonly secrets: readonly string[];
  readonly signal?: AbortSignal | undefined;
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
}
