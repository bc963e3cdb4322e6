import type { RawResponse } from "./raw-response";

/**
 * How one client authenticates: a signer or a token/session holder. `authorize` runs before every
 * attempt (so each attempt is signed afresh); `refreshIfExpired` may renew a token or session once
 * when the provider says it expired, and reports whether the request should be sent again.
 */
export interface Authorizer {
  authorize(request: Request): Promise<Request>;
  refreshIfExpired?(response: RawResponse): Promise<boolean>;
  /**
   * A signer whose signature carries a timestamp: when `response` is the provider's rejection of a
   * skewed clock, learns the offset (kept for later calls) and reports whether to re-sign and send
   * once more. Safe for a create: the gateway rejected the request before anything ran.
   */
  correctClockSkew?(response: RawResponse): boolean;
  /** Known secret values (keys, tokens, session ids) that errors must scrub. */
  secrets(): readonly string[];
}

/** For operations that need no auth (logins): sends as is, still scrubbing the given secrets. */
export function withoutAuth(secrets: () => readonly string[]): Authorizer {
  return { authorize: async (request) => request, secrets };
}
