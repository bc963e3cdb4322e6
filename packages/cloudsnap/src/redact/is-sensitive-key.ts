import { SENSITIVE_HEADERS, SENSITIVE_KEY } from "./constants";

/** Whether a query key, header name or object key names a secret. */
export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_HEADERS.has(key.toLowerCase()) || SENSITIVE_KEY.test(key);
}
