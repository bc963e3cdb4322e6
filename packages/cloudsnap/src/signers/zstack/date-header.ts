import { DAY_NAMES, MONTH_NAMES } from "./constants.js";
import { gmtOffset } from "./gmt-offset.js";
import type { WallClock } from "./wall-clock.js";

/**
 * The `Date` header, `EEE, dd MMM yyyy HH:mm:ss z` in English, from a wall clock: the fields are the
 * management node's local time and the zone is its offset, so both `rest.checkTimeZone` modes accept it.
 * @see providers.md §6.5 (Date)
 */
export function dateHeader(clock: WallClock): string {
  const weekday = DAY_NAMES[new Date(Date.UTC(clock.year, clock.month - 1, clock.day)).getUTCDay()];
  const month = MONTH_NAMES[clock.month - 1];
  const time = [clock.hour, clock.minute, clock.second].map((n) => pad(n, 2)).join(":");
  return `${weekday}, ${pad(clock.day, 2)} ${month} ${pad(clock.year, 4)} ${time} ${gmtOffset(clock.offsetMinutes)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
