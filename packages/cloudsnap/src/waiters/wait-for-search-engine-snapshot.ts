import { secretsOf } from "../clients/group-secrets";
import type { NcloudClient } from "../clients/ncloud/create-ncloud-client";
import { DecodeError } from "../errors";
import { classifyHistoryEntry, latestEntry, type SnapshotHistoryEntry } from "./classify-history-entry";
import { DEFAULT_WAITER_TUNING, SEARCH_ENGINE_HISTORY_PAGE_SIZE } from "./constants";
import { pollUntil } from "./poll-until";
import { requireId, resolveWaiterOptions } from "./resolve-waiter-options";
import { snapshotFailure } from "./snapshot-failure";
import type { Observation, PollCallOptions, WaiterDeps, WaiterOptions } from "./types";

/** The one method {@link waitForSearchEngineSnapshot} calls: a `searchEngine` client group fits. */
export type SnapshotHistoryReader = Pick<NcloudClient["searchEngine"], "getSnapshotHistory">;

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

/**
 * Waits until a NAVER Cloud Search Engine snapshot has finished, polling `getSnapshotHistory` for
 * the entry with this `snapshotName` (the latest run when there are several). Each poll reads the
 * first page and, when the history has more, the last page, so the newest run is found whichever
 * way the service sorts. Resolves with the entry.
 *
 * UNCONFIRMED for API v2: the history item fields (the v1 SDK's are used) and when an entry
 * appears. The safe reading: `hasErrorLog: true` or a failure message → `SnapshotFailedError` with
 * the message; a success message or a non-empty `duration` → done; an entry without either, or no
 * entry yet (status `NOT_IN_HISTORY`) → keep waiting until the deadline. A history answer with a
 * non-zero service `code` is a `DecodeError`.
 *
 * Defaults: first wait 2 s, ×2 up to 20 s, deadline 30 min (then `WaiterTimeoutError`).
 */
export async function waitForSearchEngineSnapshot(
  client: SnapshotHistoryReader,
  target: SearchEngineSnapshotTarget,
  options?: WaiterOptions<SnapshotHistoryEntry>,
  deps?: WaiterDeps,
): Promise<SnapshotHistoryEntry> {
  const cluster = requireId(WAITER, "serviceGroupInstanceNo", target?.serviceGroupInstanceNo);
  const name = requireId(WAITER, "snapshotName", target?.snapshotName);
  const resolved = resolveWaiterOptions(WAITER, options, DEFAULT_WAITER_TUNING);
  const source = {
    provider: "ncloud",
    operation: OPERATION,
    resourceId: name,
    what: "Search Engine snapshot",
    secrets: () => secretsOf(client),
  } as const;
  const readPage = async (pageNo: number, call: PollCallOptions) => {
    const answer = await client.getSnapshotHistory(
      {
        serviceGroupInstanceNo: cluster,
        pageNo,
        pageSize: SEARCH_ENGINE_HISTORY_PAGE_SIZE,
        ...(target.apiRegion === undefined ? {} : { apiRegion: target.apiRegion }),
      },
      call,
    );
    if (answer.code !== 0) {
      throw new DecodeError(
        `${OPERATION}: the service answered code ${answer.code}${answer.message ? ` (${answer.message})` : ""} instead of 0`,
        { operation: OPERATION, status: 200, secrets: secretsOf(client) },
      );
    }
    return answer.result;
  };
  return pollUntil(
    { ...source, waiter: WAITER },
    async (call): Promise<Observation<SnapshotHistoryEntry, SnapshotHistoryEntry>> => {
      const first = await readPage(1, call);
      let entries = named(first?.snapshotHistoryResponseList, name);
      const lastPage = first?.totalPage ?? 1;
      if (entries.length === 0 && first?.isLast !== true && lastPage > 1) {
        entries = named((await readPage(lastPage, call))?.snapshotHistoryResponseList, name);
      }
      const entry = latestEntry(entries);
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

function named(
  list: readonly SnapshotHistoryEntry[] | null | undefined,
  name: string,
): SnapshotHistoryEntry[] {
  return (list ?? []).filter((entry) => entry.snapshotName === name);
}
