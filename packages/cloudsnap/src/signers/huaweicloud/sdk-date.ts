/**
 * The `X-Sdk-Date` value: `YYYYMMDDTHHMMSSZ` in UTC, whole seconds.
 * @see providers.md §5.4 (X-Sdk-Date)
 */
export function sdkDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}
