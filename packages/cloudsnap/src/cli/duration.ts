// `--timeout` values: `90s`, `20m`, `1h`, `1h30m`, `500ms`, or plain milliseconds (`90000`).

import { UsageError } from "./usage-error";

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
/** The longest wait a timer can hold (2^31 − 1 ms, about 24.8 days). */
export const MAX_DURATION_MS = 2_147_483_647;

/**
 * Milliseconds from a duration: one or more `<number><unit>` parts (`ms`, `s`, `m`, `h`), or a
 * plain integer of milliseconds. Throws a `UsageError` naming the flag for anything else, zero, or
 * more than a timer can hold.
 */
export function parseDuration(text: string, flag = "--timeout"): number {
  const given = text.trim().toLowerCase();
  let ms: number | undefined;
  if (/^\d+$/.test(given)) ms = Number(given);
  else if (given !== "") {
    PART.lastIndex = 0;
    let total = 0;
    let end = 0;
    for (let match = PART.exec(given); match; match = PART.exec(given)) {
      total += Number(match[1]) * (UNIT_MS[match[2] as string] as number);
      end = PART.lastIndex;
    }
    if (end === given.length && end > 0) ms = Math.round(total);
  }
  if (ms === undefined || !Number.isFinite(ms)) {
    throw new UsageError(`${flag} must be a duration such as 90s, 20m, 1h or plain milliseconds`);
  }
  if (ms <= 0) throw new UsageError(`${flag} must be more than 0`);
  if (ms > MAX_DURATION_MS) throw new UsageError(`${flag} must be at most 24 days (${MAX_DURATION_MS} ms)`);
  return ms;
}

/** `42s`, `3m 05s`, `1h 02m`: an elapsed time for people. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, "0")}m`;
}
