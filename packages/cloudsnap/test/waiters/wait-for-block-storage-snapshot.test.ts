import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors";
import { isSnapshotFailedError } from "../../src/core/guards";
import { SnapshotFailedError, WaiterTimeoutError } from "../../src/core/waiter-errors";
import type { WaiterState } from "../../src/core/waiting";
import type { BlockStorageSnapshotInstance } from "../../src/providers/ncloud/vserver";
import {
  type BlockStorageSnapshotReader,
  waitForBlockStorageSnapshot,
} from "../../src/providers/ncloud/vserver-waiter";
import { fakeTime } from "./support/fake-time";
import {
  blockSnapshotList,
  CREATED_BLOCK_SNAPSHOT,
  CREATING_BLOCK_SNAPSHOT,
} from "./support/ncloud-examples";
import { type Step, scripted } from "./support/scripted";

type Reader = BlockStorageSnapshotReader["getBlockStorageSnapshotInstanceDetail"];
type Answer = Awaited<ReturnType<Reader>>;

function fakeVserver(steps: Step<Answer>[]) {
  const { method, calls } = scripted<Parameters<Reader>[0], Answer>(steps);
  const vserver: BlockStorageSnapshotReader = { getBlockStorageSnapshotInstanceDetail: method };
  return { vserver, calls };
}

const NO = "20814323";
const withStatus = (code: string, operation = "NULL"): BlockStorageSnapshotInstance =>
  ({
    ...CREATED_BLOCK_SNAPSHOT,
    blockStorageSnapshotInstanceStatus: { code, codeName: "whatever the label says" },
    blockStorageSnapshotInstanceOperation: { code: operation },
  }) as BlockStorageSnapshotInstance;

describe("waitForBlockStorageSnapshot", () => {
  it("waits from INIT until CREAT and resolves with the snapshot (spec example `created`)", async () => {
    const { vserver, calls } = fakeVserver([
      blockSnapshotList(CREATING_BLOCK_SNAPSHOT),
      blockSnapshotList(CREATING_BLOCK_SNAPSHOT),
      blockSnapshotList(CREATED_BLOCK_SNAPSHOT),
    ]);
    const time = fakeTime();
    const states: WaiterState<BlockStorageSnapshotInstance>[] = [];
    const snapshot = await waitForBlockStorageSnapshot(
      vserver,
      { blockStorageSnapshotInstanceNo: NO },
      { onProgress: (s) => states.push(s) },
      time.deps,
    );
    expect(snapshot).toEqual(CREATED_BLOCK_SNAPSHOT);
    expect(calls.map((c) => c.params)).toEqual(
      Array(3).fill({ blockStorageSnapshotInstanceNo: NO, responseFormatType: "json" }),
    );
    expect(states.map((s) => [s.attempt, s.elapsedMs, s.status])).toEqual([
      [1, 0, "INIT"],
      [2, 2_000, "INIT"],
      [3, 6_000, "CREAT"],
    ]);
    expect(time.waits).toEqual([2_000, 4_000]);
  });

  it("passes the region and the caller's signal to every poll", async () => {
    const { vserver, calls } = fakeVserver([blockSnapshotList(CREATED_BLOCK_SNAPSHOT)]);
    const controller = new AbortController();
    await waitForBlockStorageSnapshot(
      vserver,
      { blockStorageSnapshotInstanceNo: NO, regionCode: "KR" },
      { signal: controller.signal },
      fakeTime().deps,
    );
    expect(calls[0]).toMatchObject({
      params: { blockStorageSnapshotInstanceNo: NO, responseFormatType: "json", regionCode: "KR" },
      options: { signal: controller.signal },
    });
    expect(calls[0]?.params).toEqual({
      blockStorageSnapshotInstanceNo: NO,
      responseFormatType: "json",
      regionCode: "KR",
    });
  });

  it("matches the status code, not its label", async () => {
    const relabelled = withStatus("CREAT");
    const { vserver } = fakeVserver([blockSnapshotList(relabelled)]);
    await expect(
      waitForBlockStorageSnapshot(vserver, { blockStorageSnapshotInstanceNo: NO }, {}, fakeTime().deps),
    ).resolves.toBe(relabelled);
  });

  const failures = [
    {
      name: "the detail list comes back empty (spec example `gone`)",
      given: blockSnapshotList(),
      want: { providerStatus: "NOT_FOUND", reason: expect.stringContaining("no longer listed") },
    },
    {
      name: "the snapshot is being deleted (CREAT / TERMT)",
      given: blockSnapshotList(withStatus("CREAT", "TERMT")),
      want: { providerStatus: "CREAT", reason: expect.stringContaining("being deleted") },
    },
    {
      name: "the status is the Classic end state NAVAI",
      given: blockSnapshotList({
        ...withStatus("NAVAI"),
        blockStorageSnapshotInstanceStatusName: "not available",
      }),
      want: { providerStatus: "NAVAI", reason: "not available" },
    },
  ];
  it.each(failures)("fails with SnapshotFailedError when $name", async ({ given, want }) => {
    const { vserver } = fakeVserver([blockSnapshotList(CREATING_BLOCK_SNAPSHOT), given]);
    const error = await waitForBlockStorageSnapshot(
      vserver,
      { blockStorageSnapshotInstanceNo: NO },
      {},
      fakeTime().deps,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotFailedError);
    expect(isSnapshotFailedError(error)).toBe(true);
    expect(error).toMatchObject({
      provider: "ncloud",
      operation: "getBlockStorageSnapshotInstanceDetail",
      resourceId: NO,
      ...want,
    });
    expect((error as Error).message).toMatch(
      /^getBlockStorageSnapshotInstanceDetail: block storage snapshot 20814323 failed/,
    );
  });

  it("keeps waiting on an unknown status code and names it when the deadline passes", async () => {
    const { vserver, calls } = fakeVserver([blockSnapshotList(withStatus("PEND"))]);
    const error = await waitForBlockStorageSnapshot(
      vserver,
      { blockStorageSnapshotInstanceNo: NO },
      { deadlineMs: 10_000 },
      fakeTime().deps,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect((error as WaiterTimeoutError).lastState).toMatchObject({ status: "PEND", elapsedMs: 10_000 });
    expect(calls.length).toBeGreaterThan(2);
  });

  it("picks the snapshot with the asked number from a longer list", async () => {
    const other = { ...CREATED_BLOCK_SNAPSHOT, blockStorageSnapshotInstanceNo: "1" };
    const { vserver } = fakeVserver([
      blockSnapshotList(other, CREATING_BLOCK_SNAPSHOT),
      blockSnapshotList(other, CREATED_BLOCK_SNAPSHOT),
    ]);
    const time = fakeTime();
    await expect(
      waitForBlockStorageSnapshot(vserver, { blockStorageSnapshotInstanceNo: NO }, {}, time.deps),
    ).resolves.toBe(CREATED_BLOCK_SNAPSHOT);
    expect(time.waits).toHaveLength(1);
  });

  const bad = [
    { name: "a missing snapshot number", given: {}, want: "required" },
    { name: "a numeric snapshot number", given: { blockStorageSnapshotInstanceNo: 20814323 }, want: "type" },
  ];
  it.each(bad)("rejects $name before polling", async ({ given, want }) => {
    const { vserver, calls } = fakeVserver([blockSnapshotList(CREATED_BLOCK_SNAPSHOT)]);
    const error = await waitForBlockStorageSnapshot(vserver, given as never, {}, fakeTime().deps).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ path: "blockStorageSnapshotInstanceNo", rule: want });
    expect(calls).toHaveLength(0);
  });
});
