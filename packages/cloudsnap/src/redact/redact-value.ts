import { REDACTED } from "./constants";
import { isSensitiveKey } from "./is-sensitive-key";
import { redactText } from "./redact-text";

const MAX_DEPTH = 16;

/**
 * A deep copy of a decoded body that is safe to print: strings go through {@link redactText},
 * values under sensitive keys (`password`, `token`, …) become `***`. Cycles and very deep values
 * are cut off rather than followed.
 */
export function redactValue(value: unknown, secrets: readonly string[] = []): unknown {
  return copy(value, secrets, 0, new WeakSet());
}

function copy(value: unknown, secrets: readonly string[], depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === "string") return redactText(value, secrets);
  if (typeof value !== "object" || value === null) return value;
  if (seen.has(value) || depth >= MAX_DEPTH) return "[…]";
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => copy(item, secrets, depth + 1, seen));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = isSensitiveKey(key) ? REDACTED : copy(item, secrets, depth + 1, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}
