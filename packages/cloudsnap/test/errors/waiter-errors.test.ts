import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { type CloudsnapError, TimeoutError } from "../../src/core/errors";
import {
  isCloudsnapError,
  isJobExpiredError,
  isResourceNotFoundError,
  isSnapshotCapacityError,
  isSnapshotFailedError,
  isTimeoutError,
  isWaiterTimeoutError,
} from "../../src/core/guards";
import {
  JobExpiredError,
  ResourceNotFoundError,
  SnapshotCapacityError,
  SnapshotFailedError,
  WaiterTimeoutError,
} from "../../src/core/waiter-errors";

const SECRET = "WAITERCANARY0123456789";
const cause = new Error(`poll failed with ${SECRET}`);

/** One of each new class, built with a planted secret in every free-text field. */
function build(): Array<{
  name: string;
  error: CloudsnapError;
  guard: (v: unknown) => boolean;
  json: Record<string, unknown>;
}> {
  return [
    {
      name: "SnapshotFailedError",
      error: new SnapshotFailedError(`showJob: EVS snapshot s-1 failed: token ${SECRET}`, {
        provider: "huaweicloud",
        operation: "showJob",
        resourceId: "s-1",
        providerStatus: "FAIL",
        reason: `disk busy (token ${SECRET})`,
        code: "EVS.5400",
        secrets: [SECRET],
        cause,
      }),
      guard: isSnapshotFailedError,
      json: {
        provider: "huaweicloud",
        operation: "showJob",
        resourceId: "s-1",
        providerStatus: "FAIL",
        code: "EVS.5400",
      },
    },
    {
      name: "WaiterTimeoutError",
      error: new WaiterTimeoutError(`waitForEvsSnapshot: not ready ${SECRET}`, {
        waiter: "waitForEvsSnapshot",
        operation: "showSnapshot",
        provider: "huaweicloud",
        resourceId: "s-1",
        timeoutMs: 60_000,
        lastState: {
          attempt: 4,
          elapsedMs: 59_000,
          status: "creating",
          operation: "showSnapshot",
          resource: { id: "s-1" },
        },
        secrets: [SECRET],
        cause,
      }),
      guard: isWaiterTimeoutError,
      json: {
        waiter: "waitForEvsSnapshot",
        deadline: "overall",
        timeoutMs: 60_000,
        lastState: { attempt: 4, elapsedMs: 59_000, status: "creating", operation: "showSnapshot" },
      },
    },
    {
      name: "SnapshotCapacityError",
      error: new SnapshotCapacityError(`checkNasSnapshotCapacity: full ${SECRET}`, {
        operation: "checkNasSnapshotCapacity",
        risk: "full",
        rule: "the rule",
        resourceId: "23420000",
        capacityBytes: 100,
        usedBytes: 100,
        freeBytes: 0,
        requiredFreeBytes: 20,
        secrets: [SECRET],
        cause,
      }),
      guard: isSnapshotCapacityError,
      json: {
        risk: "full",
        capacityBytes: 100,
        usedBytes: 100,
        freeBytes: 0,
        requiredFreeBytes: 20,
        rule: "the rule",
      },
    },
    {
      name: "JobExpiredError",
      error: new JobExpiredError(`getApiJob: expired ${SECRET}`, {
        provider: "zstack",
        operation: "getApiJob",
        jobUuid: "9b1f",
        secrets: [SECRET],
        cause,
      }),
      guard: isJobExpiredError,
      json: { provider: "zstack", operation: "getApiJob", jobUuid: "9b1f" },
    },
    {
      name: "ResourceNotFoundError",
      error: new ResourceNotFoundError(`checkNasSnapshotCapacity: no volume ${SECRET}`, {
        provider: "ncloud",
        operation: "checkNasSnapshotCapacity",
        resourceType: "Classic NAS volume",
        resourceId: "1",
        secrets: [SECRET],
        cause,
      }),
      guard: isResourceNotFoundError,
      json: { resourceType: "Classic NAS volume", resourceId: "1" },
    },
  ];
}

describe("the waiter error classes", () => {
  it.each(build())("$name sets its name, keeps its cause and prints its fields", ({ name, error, json }) => {
    expect(error.name).toBe(name);
    expect(isCloudsnapError(error)).toBe(true);
    // The cause holds the planted secret, so it is kept as a scrubbed copy (a cause without one is
    // kept as it is: see error-classes.test.ts).
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).message).toBe("poll failed with ***");
    expect(error.stack?.split("\n")[0]).toMatch(new RegExp(`^${name}: `));
    expect(error.toJSON()).toMatchObject({ name, ...json });
  });

  it.each(build())("$name is recognised by its own guard only", ({ error, guard }) => {
    expect(guard(error)).toBe(true);
    const others = [
      isSnapshotFailedError,
      isWaiterTimeoutError,
      isSnapshotCapacityError,
      isJobExpiredError,
      isResourceNotFoundError,
    ];
    expect(others.filter((other) => other(error))).toEqual([guard]);
  });

  it.each(build())("$name never shows a known secret", ({ error }) => {
    for (const shown of [
      error.message,
      String(error),
      JSON.stringify(error),
      error.stack ?? "",
      inspect(error, { depth: 10 }),
    ]) {
      expect(shown).not.toContain(SECRET);
    }
  });

  const lookalikes = [
    { name: "a plain object with the name", given: { name: "SnapshotFailedError" } },
    {
      name: "a foreign Error with the name",
      given: Object.assign(new Error("x"), { name: "WaiterTimeoutError" }),
    },
    { name: "null", given: null },
  ];
  it.each(lookalikes)("guards reject $name", ({ given }) => {
    expect([isSnapshotFailedError(given), isWaiterTimeoutError(given), isJobExpiredError(given)]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it("makes a WaiterTimeoutError an overall TimeoutError that keeps the last state's object", () => {
    const error = build()[1]?.error as WaiterTimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.deadline).toBe("overall");
    expect(error.lastState?.resource).toEqual({ id: "s-1" });
    expect(JSON.stringify(error)).not.toContain('"resource"');
    // A waiter's missed deadline is a timeout too, for callers that only check isTimeoutError.
    expect(isTimeoutError(error)).toBe(true);
  });

  it("drops an empty reason and code from a SnapshotFailedError", () => {
    const error = new SnapshotFailedError("x", {
      provider: "ncloud",
      operation: "op",
      resourceId: "1",
      providerStatus: "NOT_FOUND",
      reason: "",
      code: "",
    });
    expect([error.reason, error.code]).toEqual([undefined, undefined]);
    expect(error.toJSON()).not.toHaveProperty("reason");
  });

  it("keeps at most 1000 characters of a provider reason", () => {
    const error = new SnapshotFailedError("x", {
      provider: "ncloud",
      operation: "op",
      resourceId: "1",
      providerStatus: "FAILED",
      reason: "r".repeat(5_000),
    });
    expect(error.reason).toHaveLength(1_000);
  });
});
