/**
 * The `x-ncp-apigw-timestamp` value: milliseconds since the Unix epoch as a decimal string.
 * @see providers.md §1.2 (headers)
 */
export function timestamp(date: Date): string {
  return String(date.getTime());
}
