/** Per-call options every facade operation takes. */
export interface CallOptions {
  /** Aborts the call; combined with the per-attempt timeout. */
  readonly signal?: AbortSignal;
  /** Per-attempt timeout in milliseconds (default 30 s). */
  readonly timeoutMs?: number;
  /** Extra request headers (not auth headers: the client sets those). */
  readonly headers?: Readonly<Record<string, string>>;
}
