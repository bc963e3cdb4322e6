/** Algorithm id that opens the string to sign and the Authorization header (providers.md §5.4). */
export const ALGORITHM = "SDK-HMAC-SHA256";
/** Signing-time header, `YYYYMMDDTHHMMSSZ` in UTC; always signed. */
export const HEADER_SDK_DATE = "X-Sdk-Date";
/** Temporary-credential token header; signed when present. */
export const HEADER_SECURITY_TOKEN = "X-Security-Token";
/** Sub-project routing header; signed when present. */
export const HEADER_PROJECT_ID = "X-Project-Id";
/** Header that carries the result. */
export const HEADER_AUTHORIZATION = "Authorization";
/**
 * Headers signed when the request carries them, besides `host` (always signed, taken from the URL).
 * Lower-case, as they appear in CanonicalHeaders and SignedHeaders.
 */
export const SIGNABLE_HEADERS = ["content-type", "x-project-id", "x-sdk-date", "x-security-token"] as const;
/** Name used in error messages. */
export const SCHEME_NAME = "Huawei Cloud";
