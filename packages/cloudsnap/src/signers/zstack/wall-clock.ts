import { SigningError } from "../../errors/index.js";

/** Calendar fields of an instant as shown on a clock in some time zone, plus that zone's UTC offset. */
export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC at that instant (DST included). */
  offsetMinutes: number;
}

/**
 * Reads the wall clock of IANA `timeZone` at `instant` (the management node's local time, which the
 * server compares against when `rest.checkTimeZone` is false).
 * @see providers.md §6.5 (time-zone gotcha)
 */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = new Map(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.get(type));
  const wall = {
    year: field("year"),
    month: field("month"),
    day: field("day"),
    hour: field("hour"),
    minute: field("minute"),
    second: field("second"),
  };
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const instantSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return { ...wall, offsetMinutes: Math.round((wallAsUtc - instantSeconds) / 60_000) };
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
  } catch (cause) {
    throw new SigningError(`unknown time zone "${timeZone}"; expected an IANA name such as "Asia/Shanghai"`, {
      cause,
    });
  }
}
