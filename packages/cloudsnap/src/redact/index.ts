export { REDACTED } from "./constants";
export { isSensitiveKey } from "./is-sensitive-key";
export { type HeadersLike, redactHeaders } from "./redact-headers";
export { redactText } from "./redact-text";
export { redactUrl } from "./redact-url";
export { redactValue } from "./redact-value";
