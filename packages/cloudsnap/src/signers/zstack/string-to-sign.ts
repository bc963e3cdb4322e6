/**
 * StringToSign: `METHOD\nDate\nURI` (no body, no query, no trailing newline).
 * @see providers.md §6.5 (StringToSign); zstack AccessKeyManager#doAuth
 */
export function stringToSign(method: string, date: string, uri: string): string {
  return `${method}\n${date}\n${uri}`;
}
