import { describe, expect, it } from "vitest";
import { classifyHistoryEntry, latestEntry } from "../../src/providers/ncloud/search-engine-waiter";
import { FINISHED_HISTORY_ENTRY } from "./support/ncloud-examples";

const running = { snapshotName: "my-test-snapshot", actionDate: "2025-03-24 10:15:02" };

describe("classifyHistoryEntry", () => {
  const cases = [
    {
      name: "the spec's example entry is done",
      given: FINISHED_HISTORY_ENTRY,
      want: { kind: "done", status: "SUCCESS" },
    },
    {
      name: "an error log means failure, with the message as the reason",
      given: { ...FINISHED_HISTORY_ENTRY, hasErrorLog: true, message: "repository_missing_exception" },
      want: {
        kind: "failed",
        status: "repository_missing_exception",
        reason: "repository_missing_exception",
      },
    },
    {
      name: "an error log without a message still fails, and says why",
      given: { ...running, hasErrorLog: true },
      want: {
        kind: "failed",
        status: "IN_PROGRESS",
        reason: "the run left an error log (hasErrorLog: true)",
      },
    },
    {
      name: "a failure message fails even with a duration",
      given: { ...FINISHED_HISTORY_ENTRY, message: "FAILED" },
      want: { kind: "failed", status: "FAILED", reason: "FAILED" },
    },
    {
      name: "a success message without a duration is done",
      given: { ...running, message: "completed", duration: null },
      want: { kind: "done", status: "completed" },
    },
    {
      name: "a duration without a message is done",
      given: { ...running, duration: "00:01:03", hasErrorLog: false },
      want: { kind: "done", status: "IN_PROGRESS" },
    },
    {
      name: "an entry with neither is still running",
      given: running,
      want: { kind: "pending", status: "IN_PROGRESS" },
    },
    {
      name: "an in-progress message with an empty duration is still running",
      given: { ...running, message: "IN_PROGRESS", duration: "  " },
      want: { kind: "pending", status: "IN_PROGRESS" },
    },
  ];
  it.each(cases)("$name", ({ given, want }) => {
    expect(classifyHistoryEntry(given)).toEqual(want);
  });
});

describe("latestEntry", () => {
  const cases = [
    { name: "is undefined for no entries", given: [], want: undefined },
    {
      name: "takes the highest idx",
      given: [
        { idx: 7, message: "a" },
        { idx: 9, message: "b" },
        { idx: 8, message: "c" },
      ],
      want: "b",
    },
    {
      name: "falls back to the latest actionDate without idx",
      given: [
        { actionDate: "2025-03-24 10:15:02", message: "a" },
        { actionDate: "2025-03-25 09:00:00", message: "b" },
      ],
      want: "b",
    },
  ];
  it.each(cases)("$name", ({ given, want }) => {
    expect(latestEntry(given)?.message).toBe(want);
  });
});
