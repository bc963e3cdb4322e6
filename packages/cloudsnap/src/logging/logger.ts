/**
 * What the caller gives cloudsnap to see its traffic: anything with a `debug` method (a `console`,
 * pino, winston…). One line per request and per response; secrets are already removed.
 */
export interface Logger {
  debug(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

/** One request as it is about to be sent (after signing). */
export interface RequestLogEntry {
  readonly operation: string;
  readonly attempt: number;
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
}

/** One response, or the failure instead of one, with how long the attempt took. */
export interface ResponseLogEntry extends RequestLogEntry {
  readonly elapsedMs: number;
  readonly status?: number;
  readonly error?: string;
  readonly requestId?: string;
}
