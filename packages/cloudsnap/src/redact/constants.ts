/** What every redacted value is replaced with. */
export const REDACTED = "***";

/**
 * Query keys, header names and object keys whose values are secrets.
 * `ak`/`sk` only match as whole words (`ak`, `x_ak`, `sk-id`) so `task` or `disk` stay readable.
 */
export const SENSITIVE_KEY =
  /secret|passw(?:or)?d|token|signature|session|credential|authorization|cookie|access.?key|(?:^|[^a-z0-9])(?:ak|sk)(?:$|[^a-z0-9])/i;

/** Header names that are always redacted, lower-case (the signed headers of all three providers). */
export const SENSITIVE_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "x-auth-token",
  "x-subject-token",
  "x-security-token",
  "x-ncp-apigw-signature-v1",
  "x-ncp-apigw-signature-v2",
  "x-ncp-iam-access-key",
  "cookie",
  "set-cookie",
]);

/** Path segments whose next segment is a secret, e.g. ZStack `DELETE /v1/accounts/sessions/{sessionUuid}`. */
export const SECRET_PATH_PREFIXES: ReadonlySet<string> = new Set(["sessions"]);
