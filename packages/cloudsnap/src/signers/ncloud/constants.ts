/** Header carrying the signing time in milliseconds since the Unix epoch (providers.md §1.2). */
export const HEADER_TIMESTAMP = "x-ncp-apigw-timestamp";
/** Header carrying the access key id. */
export const HEADER_ACCESS_KEY = "x-ncp-iam-access-key";
/** Header carrying the base64 signature; `-v2` is the documented name (some SDKs send `-v1`). */
export const HEADER_SIGNATURE = "x-ncp-apigw-signature-v2";
/** Name used in error messages. */
export const SCHEME_NAME = "NAVER Cloud";
