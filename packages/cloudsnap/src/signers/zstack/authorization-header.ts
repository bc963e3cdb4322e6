import { AUTH_SCHEME } from "./constants.js";

/**
 * `ZStack {AccessKeyId}:{Signature}`.
 * @see providers.md §6.5 (Authorization)
 */
export function authorizationHeader(accessKeyId: string, signature: string): string {
  return `${AUTH_SCHEME} ${accessKeyId}:${signature}`;
}
