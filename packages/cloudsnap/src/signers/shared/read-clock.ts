import { SigningError } from "../../errors/index.js";

/** The real clock, used only when the caller passes no `now`. */
export const systemClock = (): Date => new Date();

/** Reads the clock once and checks it returned a valid `Date`. */
export function readClock(now: () => Date): Date {
  const date = now();
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new SigningError("the signing clock returned an invalid Date");
  }
  return date;
}
