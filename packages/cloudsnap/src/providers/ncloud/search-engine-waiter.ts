// Reading a Search Engine cluster's snapshot history, and waiting for a snapshot run to finish.
// Loaded when a wait starts (createSnapshotAndWait, waitForSearchEngineSnapshot in waiters.ts).

import { ownProperties } from "../../core/call-options";
import { DecodeError } from "../../core/errors";
import {
  type AndWaitOptions,
  DEFAULT_WAITER_TUNING,
  type Observation,
  type PollCallOptions,
  pollUntil,
  requireId,
  resolveWaiterOptions,
  snapshotFailure,
  splitAndWaitOptions,
  type WaiterDeps,
  type WaiterOptions,
} from "../../core/waiting";
import type { SearchEngineMethods, SnapshotHistoryEntry } from "./types";

/** History entries asked for per page when looking up a Search Engine snapshot. */
export const SEARCH_ENGINE_HISTORY_PAGE_SIZE = 10;

/** Splits a create-and-wait's options and checks the waiter's, before anything is sent. */
export function splitSearchEngineWaitOptions(
  operation: string,
  options: AndWaitOptions<SnapshotHistoryEntry> | undefined,
) {
  return splitAndWaitOptions(operation, WAITER, options, DEFAULT_WAITER_TUNING);
}

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

/** The one method {@link waitForSearchEngineSnapshot} calls: a `searchEngine` client group fits. */
export type SnapshotHistoryReader = Pick<SearchEngineMethods, "getSnapshotHistory">;

/** Which snapshot to wait for. */
export interface SearchEngineSnapshotTarget {
  readonly serviceGroupInstanceNo: string;
  /** The `snapshotName` given to `createSnapshot`. */
  readonly snapshotName: string;
  /** Region path segment (`v2`, `sgn-v2`, …); the client's when left out. */
  readonly apiRegion?: "v2" | "sgn-v2" | "jpn-v2" | "krs-v2";
}

const WAITER = "waitForSearchEngineSnapshot";
const OPERATION = "getSnapshotHistory";

/** The implementation of `waitForSearchEngineSnapshot` (see waiters.ts), loaded when a wait starts. */
export async function waitForSearchEngineSnapshot(
  client: SnapshotHistoryReader,
  target: SearchEngineSnapshotTarget,
  options?: WaiterOptions<SnapshotHistoryEntry>,
  deps?: WaiterDeps,
): Promise<SnapshotHistoryEntry> {
  const given = ownProperties(target ?? ({} as SearchEngineSnapshotTarget));
  const cluster = requireId(WAITER, "serviceGroupInstanceNo", given.serviceGroupInstanceNo);
  const name = requireId(WAITER, "snapshotName", given.snapshotName);
  const resolved = resolveWaiterOptions(WAITER, options, DEFAULT_WAITER_TUNING);
  const source = {
    provider: "ncloud",
    operation: OPERATION,
    resourceId: name,
    what: "Search Engine snapshot",
  } as const;
  return pollUntil(
    { ...source, waiter: WAITER },
    async (call): Promise<Observation<SnapshotHistoryEntry, SnapshotHistoryEntry>> => {
      const entry = await readHistoryEntry(
        client,
        { ...given, serviceGroupInstanceNo: cluster, snapshotName: name },
        call,
      );
      if (!entry) return { kind: "pending", operation: OPERATION, status: "NOT_IN_HISTORY" };
      const verdict = classifyHistoryEntry(entry);
      const seen = { operation: OPERATION, status: verdict.status, resource: entry };
      if (verdict.kind === "done") return { kind: "done", ...seen, result: entry };
      if (verdict.kind === "pending") return { kind: "pending", ...seen };
      return {
        kind: "failed",
        ...seen,
        error: snapshotFailure(source, verdict.status, { reason: verdict.reason }),
      };
    },
    resolved,
    deps,
  );
}

/**
 * The newest history entry of the snapshot named in `target`, or `undefined` when the history shows
 * none: the first page and, when the history has more, the last page (whichever way it is sorted).
 */
export async function readHistoryEntry(
  client: SnapshotHistoryReader,
  target: SearchEngineSnapshotTarget,
  call: PollCallOptions,
): Promise<SnapshotHistoryEntry | undefined> {
  const own = ownProperties(target);
  const readPage = async (pageNo: number) => {
    const answer = await client.getSnapshotHistory(
      {
        serviceGroupInstanceNo: own.serviceGroupInstanceNo,
        pageNo,
        pageSize: SEARCH_ENGINE_HISTORY_PAGE_SIZE,
        ...(own.apiRegion === undefined ? {} : { apiRegion: own.apiRegion }),
      },
      call,
    );
    if (answer.code !== 0) {
      throw new DecodeError(
        `${OPERATION}: the service answered code ${answer.code}${answer.message ? ` (${answer.message})` : ""} instead of 0`,
        { operation: OPERATION, status: 200 },
      );
    }
    return answer.result;
  };
  const first = await readPage(1);
  let entries = named(first?.snapshotHistoryResponseList, own.snapshotName);
  const lastPage = first?.totalPage ?? 1;
  if (entries.length === 0 && first?.isLast !== true && lastPage > 1) {
    entries = named((await readPage(lastPage))?.snapshotHistoryResponseList, own.snapshotName);
  }
  return latestEntry(entries);
}

function named(
  list: readonly SnapshotHistoryEntry[] | null | undefined,
  name: string,
): SnapshotHistoryEntry[] {
  return (list ?? []).filter((entry) => entry.snapshotName === name);
}
