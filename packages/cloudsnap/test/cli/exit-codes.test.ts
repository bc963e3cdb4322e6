import { describe, expect, it } from "vitest";
import { EXIT, EXIT_CODE_TABLE, exitCodeFor } from "../../src/cli/exit-codes";
import { UsageError } from "../../src/cli/usage-error";
import {
  CredentialsError,
  DecodeError,
  NetworkError,
  SigningError,
  TimeoutError,
  ValidationError,
} from "../../src/core/errors";
import { createHttpError } from "../../src/core/http-errors";
import {
  JobExpiredError,
  ResourceNotFoundError,
  SnapshotCapacityError,
  SnapshotFailedError,
  WaiterTimeoutError,
} from "../../src/core/waiter-errors";

const http = (status: number) =>
  createHttpError({
    provider: "ncloud",
    operation: "createBlockStorageSnapshotInstance",
    method: "POST",
    url: "https://ncloud.apigw.ntruss.com/vserver/v2/createBlockStorageSnapshotInstance",
    status,
  });

describe("exitCodeFor", () => {
  it.each([
    { name: "a usage error", given: new UsageError("create needs <target>"), want: EXIT.usage },
    {
      name: "a ValidationError",
      given: new ValidationError("bad", { operation: "parseTarget", path: "target", rule: "target" }),
      want: EXIT.usage,
    },
    { name: "a CredentialsError", given: new CredentialsError("none"), want: EXIT.credentials },
    { name: "a 401", given: http(401), want: EXIT.auth },
    { name: "a 403", given: http(403), want: EXIT.auth },
    { name: "a 404", given: http(404), want: EXIT.notFound },
    {
      name: "a ResourceNotFoundError",
      given: new ResourceNotFoundError("gone", {
        provider: "ncloud",
        operation: "checkNasSnapshotCapacity",
        resourceType: "Classic NAS volume",
        resourceId: "1",
      }),
      want: EXIT.notFound,
    },
    {
      name: "a JobExpiredError",
      given: new JobExpiredError("expired", { provider: "zstack", operation: "getApiJob", jobUuid: "j" }),
      want: EXIT.notFound,
    },
    {
      name: "a TimeoutError",
      given: new TimeoutError("slow", { timeoutMs: 1, deadline: "attempt" }),
      want: EXIT.timeout,
    },
    {
      name: "a WaiterTimeoutError",
      given: new WaiterTimeoutError("late", {
        timeoutMs: 1,
        waiter: "waitForEvsSnapshot",
        operation: "showSnapshot",
        provider: "huaweicloud",
        resourceId: "s",
      }),
      want: EXIT.timeout,
    },
    {
      name: "a NetworkError",
      given: new NetworkError("refused", { maybeSent: false }),
      want: EXIT.unavailable,
    },
    { name: "a 500", given: http(500), want: EXIT.unavailable },
    { name: "a 503", given: http(503), want: EXIT.unavailable },
    { name: "a 429", given: http(429), want: EXIT.unavailable },
    {
      name: "a SnapshotFailedError",
      given: new SnapshotFailedError("failed", {
        provider: "huaweicloud",
        operation: "showSnapshot",
        resourceId: "s",
        providerStatus: "error",
      }),
      want: EXIT.snapshotFailed,
    },
    {
      name: "a SnapshotCapacityError",
      given: new SnapshotCapacityError("full", {
        operation: "checkNasSnapshotCapacity",
        risk: "full",
        rule: "the reserve must not be full",
        resourceId: "23420000",
        capacityBytes: 10,
        usedBytes: 10,
        freeBytes: 0,
        requiredFreeBytes: 2,
      }),
      want: EXIT.snapshotFailed,
    },
    { name: "a 400", given: http(400), want: EXIT.unexpected },
    { name: "a 409", given: http(409), want: EXIT.unexpected },
    { name: "a DecodeError", given: new DecodeError("garbled"), want: EXIT.unexpected },
    { name: "a SigningError", given: new SigningError("no"), want: EXIT.unexpected },
    { name: "a TypeError", given: new TypeError("bug"), want: EXIT.unexpected },
    { name: "a string", given: "thrown text", want: EXIT.unexpected },
  ])("maps $name to $want", ({ given, want }) => {
    expect(exitCodeFor(given)).toBe(want);
  });

  it("documents every code it can return, once", () => {
    const codes = EXIT_CODE_TABLE.map(([code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort((a, b) => a - b)).toStrictEqual(Object.values(EXIT).sort((a, b) => a - b));
  });
});
