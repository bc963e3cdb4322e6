import { REDACTED } from "./constants";
import { isSensitiveKey } from "./is-sensitive-key";

/** Any of the usual ways to hold headers. */
export type HeadersLike =
  | Headers
  | ReadonlyArray<readonly [string, string]>
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * A plain object of headers (lower-case names) that is safe to print: credentials, tokens,
 * signatures, access keys and cookies become `***`.
 */
export function redactHeaders(headers: HeadersLike): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headerEntries(headers)) {
    const key = name.toLowerCase();
    out[key] = isSensitiveKey(key) ? REDACTED : value;
  }
  return out;
}

function headerEntries(headers: HeadersLike): Array<[string, string]> {
  if (typeof Headers !== "undefined" && headers instanceof Headers) return [...headers.entries()];
  if (Array.isArray(headers)) return headers.map(([name, value]) => [String(name), String(value)]);
  const entries: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    if (value === undefined) continue;
    entries.push([name, Array.isArray(value) ? value.join(", ") : String(value)]);
  }
  return entries;
}
