import type { searchEngine } from "@cloudsnap/ncloud";

/** One run in a Search Engine cluster's snapshot history (fields UNCONFIRMED for API v2). */
export type SnapshotHistoryEntry = searchEngine.components["schemas"]["SnapshotHistoryEntry"];

/** What one history entry says about its snapshot. */
export type HistoryVerdict =
  | { readonly kind: "pending"; readonly status: string }
  | { readonly kind: "done"; readonly status: string }
  | { readonly kind: "failed"; readonly status: string; readonly reason: string | undefined };

const FAILURE_WORDS = /fail|error|abort|cancel/i;
const SUCCESS_WORDS = /^\s*(success|succeeded|successful|completed?|done|finished)\s*$/i;

/**
 * Reads a history entry the safe way, because its v2 fields are not documented (providers.md §4,
 * §8.3; the field list is the v1 SDK's):
 * 1. `hasErrorLog: true`, or a `message` containing fail / error / abort / cancel → failed, with
 *    the message as the reason;
 * 2. a `message` that says success (`SUCCESS`, `completed`, …) → done;
 * 3. a non-empty `duration` (the run has an end) → done;
 * 4. anything else → still running (status: the message, else `IN_PROGRESS`).
 */
export function classifyHistoryEntry(entry: SnapshotHistoryEntry): HistoryVerdict {
  const message = typeof entry.message === "string" ? entry.message.trim() : "";
  const status = message || "IN_PROGRESS";
  if (entry.hasErrorLog === true || FAILURE_WORDS.test(message)) {
    return { kind: "failed", status, reason: message || "the run left an error log (hasErrorLog: true)" };
  }
  if (SUCCESS_WORDS.test(message)) return { kind: "done", status };
  const duration = typeof entry.duration === "string" ? entry.duration.trim() : "";
  if (duration !== "") return { kind: "done", status };
  return { kind: "pending", status };
}

/** Of several entries for one snapshot name, the latest run: highest `idx`, else latest `actionDate`. */
export function latestEntry(entries: readonly SnapshotHistoryEntry[]): SnapshotHistoryEntry | undefined {
  let latest: SnapshotHistoryEntry | undefined;
  for (const entry of entries) {
    if (!latest || compareRuns(entry, latest) > 0) latest = entry;
  }
  return latest;
}

function compareRuns(a: SnapshotHistoryEntry, b: SnapshotHistoryEntry): number {
  if (typeof a.idx === "number" && typeof b.idx === "number" && a.idx !== b.idx) return a.idx - b.idx;
  const aDate = a.actionDate ?? "";
  const bDate = b.actionDate ?? "";
  return aDate === bDate ? 0 : aDate > bDate ? 1 : -1;
}
