import { describe, expect, it } from "vitest";
import type { ClientReliabilityOptions } from "../../src/core/call-options";
import { ValidationError } from "../../src/core/errors";
import { ConflictError, ServerError } from "../../src/core/http-errors";
import { createHuaweiCloudClient } from "../../src/providers/huaweicloud/client";
import { createNcloudClient } from "../../src/providers/ncloud/client";
import { createZStackClient } from "../../src/providers/zstack/client";
import { ncloudVpcCreated } from "../support/valid-answers";
import { json, recordingFetch } from "./support/recording-fetch";

const NCP_KEYS = { accessKey: "AKOPT00000000001", secretKey: "opt-secret-ncloud" };
const HW_KEYS = { accessKey: "HWOPT0000000000001", secretKey: "opt-secret-huawei" };
const PROJECT = "0123456789abcdef0123456789abcdef";
const VOLUME = "e60a0fb0b75743c1b0fcb017e31db043";

const factories = [
  {
    name: "createNcloudClient",
    make: (o: ClientReliabilityOptions) => createNcloudClient({ credentials: NCP_KEYS, ...o }),
  },
  {
    name: "createHuaweiCloudClient",
    make: (o: ClientReliabilityOptions) => createHuaweiCloudClient({ credentials: HW_KEYS, ...o }),
  },
  {
    name: "createZStackClient",
    make: (o: ClientReliabilityOptions) =>
      createZStackClient({
        credentials: { accountName: "a", password: "p" },
        endpoint: "http://zs.test",
        ...o,
      }),
  },
];
const bad = [
  { name: "retry.maxAttempts 0", given: { retry: { maxAttempts: 0 } }, want: "retry.maxAttempts" },
  { name: "a misspelt retry key", given: { retry: { maxAttemps: 2 } }, want: "retry.maxAttemps" },
  { name: "a negative timeoutMs", given: { timeoutMs: -5 }, want: "timeoutMs" },
  {
    name: "an infinite overallTimeoutMs",
    given: { overallTimeoutMs: Number.POSITIVE_INFINITY },
    want: "overallTimeoutMs",
  },
];
describe.each(factories)("$name reliability options", ({ name, make }) => {
  it.each(bad)("rejects $name at creation with a ValidationError naming the option", ({ given, want }) => {
    let error: unknown;
    try {
      make(given as ClientReliabilityOptions);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ operation: name, path: want });
  });
});

describe("retry settings of a client", () => {
  it("applies the client's retry to every call, and a call's over it", async () => {
    const { fetch, seen } = recordingFetch(() =>
      json({ error: { errorCode: "500", message: "Endpoint Error" } }, 503),
    );
    const client = createNcloudClient({
      credentials: NCP_KEYS,
      fetch,
      retry: { maxAttempts: 4, baseDelayMs: 1 },
    });
    const read = () => client.vserver.getBlockStorageSnapshotInstanceList({ responseFormatType: "json" });
    await expect(read()).rejects.toBeInstanceOf(ServerError);
    expect(seen).toHaveLength(4);
    await expect(
      client.vserver.getBlockStorageSnapshotInstanceList(
        { responseFormatType: "json" },
        { retry: { maxAttempts: 1 } },
      ),
    ).rejects.toBeInstanceOf(ServerError);
    expect(seen).toHaveLength(5);
  });

  it("does not retry an NCP create after a 500, but does after a refused connection", async () => {
    let calls = 0;
    const { fetch, seen } = recordingFetch(() => {
      calls += 1;
      if (calls === 1) return json({}, 500);
      if (calls === 2)
        throw new TypeError("fetch failed", {
          cause: Object.assign(new Error("x"), { code: "ECONNREFUSED" }),
        });
      return json(ncloudVpcCreated());
    });
    const client = createNcloudClient({ credentials: NCP_KEYS, fetch, retry: { baseDelayMs: 1 } });
    const create = () =>
      client.vserver.createBlockStorageSnapshotInstance({ originalBlockStorageInstanceNo: "1" });
    await expect(create()).rejects.toBeInstanceOf(ServerError);
    expect(seen).toHaveLength(1);
    await expect(create()).resolves.toMatchObject({ returnCode: "0" });
    expect(seen).toHaveLength(3);
  });

  it("waits out Huawei EVS.2409 on a create and then succeeds", async () => {
    let calls = 0;
    const { fetch, seen } = recordingFetch(() => {
      calls += 1;
      return calls < 3
        ? json({ error: { code: "EVS.2409", message: "another snapshot is being created" } }, 409)
        : json({ job_id: "j-1", snapshot_id: "s-1" }, 202);
    });
    const client = createHuaweiCloudClient({
      credentials: HW_KEYS,
      projectId: PROJECT,
      fetch,
      retry: { resourceBusy: { baseDelayMs: 1, maxDelayMs: 1 } },
    });
    await expect(client.evs.createSnapshot({ snapshot: { volume_id: VOLUME } })).resolves.toEqual({
      job_id: "j-1",
      snapshot_id: "s-1",
    });
    expect(seen).toHaveLength(3);
  });

  it("gives up on EVS.2409 with the ConflictError after resourceBusy.maxAttempts", async () => {
    const { fetch, seen } = recordingFetch(() =>
      json({ error: { code: "EVS.2409", message: "another snapshot is being created" } }, 409),
    );
    const client = createHuaweiCloudClient({
      credentials: HW_KEYS,
      projectId: PROJECT,
      fetch,
      retry: { resourceBusy: { maxAttempts: 2, baseDelayMs: 1 } },
    });
    await expect(client.evs.createSnapshot({ snapshot: { volume_id: VOLUME } })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(seen).toHaveLength(2);
  });
});
