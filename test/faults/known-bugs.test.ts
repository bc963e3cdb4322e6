import { describe, expect, it } from "vitest";
import { placesShowing } from "./support/canary";
import type { Fault } from "./support/fault";
import { COMMON_FAULTS } from "./support/faults";
import { runCase, WAIT } from "./support/run-case";
import { requireExample } from "./support/spec-examples";
import { jsonAnswer } from "./support/target";
import { SEARCH_ENGINE, TARGETS } from "./support/targets";

// Regression tests for bugs in packages/cloudsnap/src that the fault suite found (since fixed):

describe("regression: waiters honour the client's timeoutMs (waiters/poll-until.ts callOptions)", () => {
  const headersLate = COMMON_FAULTS.find((f) => f.key === "headers-late") as Fault;
  const { timeoutMs: _unset, ...waitWithoutTimeout } = WAIT;
  for (const target of TARGETS) {
    it(`${target.label}AndWait: a poll answering after the client's timeoutMs is timed out and retried`, async () => {
      const result = await runCase(target, "poll", headersLate, { wait: waitWithoutTimeout });
      const from = result.seen.findIndex((s) => s.role === "create");
      const polls = result.seen.slice(from).filter((s) => s.operation === target.pollOperation);
      expect(result.error).toBeUndefined();
      // Today the poll gets max(time left, 5 s) as its attempt timeout and waits out the late answer.
      expect(polls.length).toBeGreaterThanOrEqual(2);
    });
  }
});

describe("regression: errors built by waiters are scrubbed of the client's secrets (waiters/snapshot-failure.ts)", () => {
  // A Search Engine cluster stores an NCP key pair (updateAPIAuthenticationKey); a failed run's
  // history message quoting it reaches SnapshotFailedError as is, where an HttpError would scrub it.
  const quotingHistory: Fault = {
    key: "history-quotes-secret",
    label: "history message quotes the secret key",
    times: Number.POSITIVE_INFINITY,
    phase: "poll",
    async handle({ read, send, target }) {
      await read();
      const page = requireExample(target.spec, "getSnapshotHistory", 200, { name: "onePage" }).value as {
        result: { snapshotHistoryResponseList: Record<string, unknown>[] };
      };
      for (const entry of page.result.snapshotHistoryResponseList) {
        entry.hasErrorLog = true;
        entry.message = `repository verification failed for key ${target.canary}`;
      }
      send(jsonAnswer(200, page));
    },
  };

  it("ncloud searchEngine createSnapshotAndWait: a SnapshotFailedError never shows the secret key", async () => {
    const result = await runCase(SEARCH_ENGINE, "poll", quotingHistory);
    expect((result.error as Error).name).toBe("SnapshotFailedError");
    expect(placesShowing(result.error, SEARCH_ENGINE.canary)).toEqual([]);
  });
});
