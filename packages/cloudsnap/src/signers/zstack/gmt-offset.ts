import { GMT } from "./constants.js";

/**
 * Renders a UTC offset as the zone text of the Date header: `GMT` at zero, else `GMT+hh:mm`/`GMT-hh:mm`.
 * java.time's `z` parser (which the server uses) reads both and honours the offset; `GMT+8` (no
 * minutes) fails to parse, and abbreviations are ambiguous (`CST` parses as America/Chicago).
 * UNCONFIRMED against a live management node.
 * @see providers.md §6.5 (Date)
 */
export function gmtOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return GMT;
  const sign = offsetMinutes > 0 ? "+" : "-";
  const abs = Math.abs(offsetMinutes);
  return `${GMT}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
