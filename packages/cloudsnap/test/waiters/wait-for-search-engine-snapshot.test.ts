import { describe, expect, it } from "vitest";
import { DecodeError, ValidationError } from "../../src/core/errors";
import { SnapshotFailedError, WaiterTimeoutError } from "../../src/core/waiter-errors";
import {
  type SnapshotHistoryReader,
  waitForSearchEngineSnapshot,
} from "../../src/providers/ncloud/search-engine-waiter";
import { fakeTime } from "./support/fake-time";
import { FINISHED_HISTORY_ENTRY, historyPage } from "./support/ncloud-examples";
import { type Step, scripted } from "./support/scripted";

type Reader = SnapshotHistoryReader["getSnapshotHistory"];
type Answer = Awaited<ReturnType<Reader>>;

function fakeSearchEngine(steps: Step<Answer>[]) {
  const { method, calls } = scripted<Parameters<Reader>[0], Answer>(steps);
  const searchEngine: SnapshotHistoryReader = { getSnapshotHistory: method };
  return { searchEngine, calls };
}

const TARGET = { serviceGroupInstanceNo: "1037123", snapshotName: "my-test-snapshot" };
const OTHER = { ...FINISHED_HISTORY_ENTRY, idx: 0, snapshotName: "older-snapshot" };
const RUNNING = { ...FINISHED_HISTORY_ENTRY, idx: 2, duration: null, message: null, hasErrorLog: false };

describe("waitForSearchEngineSnapshot", () => {
  it("waits until the history shows the snapshot and resolves with its entry (spec example `onePage`)", async () => {
    const { searchEngine, calls } = fakeSearchEngine([
      historyPage([OTHER]),
      historyPage([RUNNING, OTHER]),
      historyPage([FINISHED_HISTORY_ENTRY, OTHER]),
    ]);
    const states: string[] = [];
    const entry = await waitForSearchEngineSnapshot(
      searchEngine,
      TARGET,
      { onProgress: (s) => states.push(s.status) },
      fakeTime().deps,
    );
    expect(entry).toEqual(FINISHED_HISTORY_ENTRY);
    expect(states).toEqual(["NOT_IN_HISTORY", "IN_PROGRESS", "SUCCESS"]);
    expect(calls[0]?.params).toEqual({ serviceGroupInstanceNo: "1037123", pageNo: 1, pageSize: 10 });
  });

  it("also reads the last page, for a history sorted oldest first", async () => {
    const { searchEngine, calls } = fakeSearchEngine([
      historyPage([OTHER], { currentPage: 1, totalPage: 4 }),
      historyPage([FINISHED_HISTORY_ENTRY], { currentPage: 4, totalPage: 4 }),
    ]);
    await expect(
      waitForSearchEngineSnapshot(searchEngine, { ...TARGET, apiRegion: "sgn-v2" }, {}, fakeTime().deps),
    ).resolves.toEqual(FINISHED_HISTORY_ENTRY);
    expect(calls.map((c) => c.params)).toEqual([
      { serviceGroupInstanceNo: "1037123", pageNo: 1, pageSize: 10, apiRegion: "sgn-v2" },
      { serviceGroupInstanceNo: "1037123", pageNo: 4, pageSize: 10, apiRegion: "sgn-v2" },
    ]);
  });

  it("reads one page only when the first page is the last", async () => {
    const { searchEngine, calls } = fakeSearchEngine([
      historyPage([OTHER]),
      historyPage([FINISHED_HISTORY_ENTRY]),
    ]);
    await waitForSearchEngineSnapshot(searchEngine, TARGET, {}, fakeTime().deps);
    expect(calls.map((c) => c.params.pageNo)).toEqual([1, 1]);
  });

  it("follows the latest run when a name was used twice", async () => {
    const failedEarlier = { ...FINISHED_HISTORY_ENTRY, idx: 1, hasErrorLog: true, message: "FAILED" };
    const { searchEngine } = fakeSearchEngine([
      historyPage([failedEarlier, { ...FINISHED_HISTORY_ENTRY, idx: 5 }]),
    ]);
    await expect(
      waitForSearchEngineSnapshot(searchEngine, TARGET, {}, fakeTime().deps),
    ).resolves.toMatchObject({ idx: 5 });
  });

  it("fails with the run's own message when it left an error log", async () => {
    const failed = { ...RUNNING, hasErrorLog: true, message: "[estest] bucket does not exist" };
    const { searchEngine } = fakeSearchEngine([historyPage([RUNNING]), historyPage([failed])]);
    const error = await waitForSearchEngineSnapshot(searchEngine, TARGET, {}, fakeTime().deps).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SnapshotFailedError);
    expect(error).toMatchObject({
      provider: "ncloud",
      operation: "getSnapshotHistory",
      resourceId: "my-test-snapshot",
      providerStatus: "[estest] bucket does not exist",
      reason: "[estest] bucket does not exist",
    });
  });

  it("keeps waiting while the snapshot is missing from the history, and says so at the deadline", async () => {
    const { searchEngine } = fakeSearchEngine([
      { ...historyPage([]), result: { ...historyPage([]).result, snapshotHistoryResponseList: null } },
    ]);
    const error = await waitForSearchEngineSnapshot(
      searchEngine,
      TARGET,
      { deadlineMs: 5_000 },
      fakeTime().deps,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect((error as WaiterTimeoutError).lastState?.status).toBe("NOT_IN_HISTORY");
  });

  it("rejects a history answer whose service code is not 0", async () => {
    const { searchEngine } = fakeSearchEngine([{ code: 1200, message: "cluster not found", requestId: "r" }]);
    const error = await waitForSearchEngineSnapshot(searchEngine, TARGET, {}, fakeTime().deps).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).message).toBe(
      "getSnapshotHistory: the service answered code 1200 (cluster not found) instead of 0",
    );
  });

  const bad = [
    { name: "a missing cluster number", given: { snapshotName: "s-1" }, want: "serviceGroupInstanceNo" },
    { name: "a missing snapshot name", given: { serviceGroupInstanceNo: "1" }, want: "snapshotName" },
  ];
  it.each(bad)("rejects $name before polling", async ({ given, want }) => {
    const { searchEngine, calls } = fakeSearchEngine([historyPage([])]);
    const error = await waitForSearchEngineSnapshot(searchEngine, given as never, {}, fakeTime().deps).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ path: want });
    expect(calls).toHaveLength(0);
  });
});
