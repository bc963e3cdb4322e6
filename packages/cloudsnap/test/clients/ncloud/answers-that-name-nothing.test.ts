import { describe, expect, it } from "vitest";
import { DecodeError, ValidationError } from "../../../src/core/errors";
import { createNcloudClient } from "../../../src/providers/ncloud/client";
import { createSnapshot } from "../../../src/unified/create-snapshot";
import { blockSnapshotList, nasSnapshotList } from "../../waiters/support/ncloud-examples";
import { json, recordingFetch } from "../support/recording-fetch";

const KEYS = { accessKey: "AKUNIT000000000001", secretKey: "unit-secret-ncloud-0123456789" };

function client(answer: () => Response) {
  const { fetch, seen } = recordingFetch(answer);
  return { ncloud: createNcloudClient({ credentials: KEYS, fetch }), seen };
}

async function caught(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("a create answered with success but naming no snapshot is a DecodeError (it may have run)", () => {
  it("VPC createBlockStorageSnapshotInstanceAndWait with an empty list", async () => {
    const { ncloud } = client(() =>
      json({ createBlockStorageSnapshotInstanceResponse: blockSnapshotList() }),
    );
    const error = await caught(
      ncloud.vserver.createBlockStorageSnapshotInstanceAndWait({
        originalBlockStorageInstanceNo: "20803168",
      }),
    );
    expect(error).toBeInstanceOf(DecodeError);
    expect(error).not.toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/lists no snapshot; the create may have been received/);
  });

  it("Classic NAS createNasVolumeSnapshotAndWait with an empty list", async () => {
    const { ncloud } = client(() => json({ createNasVolumeSnapshotResponse: nasSnapshotList([]) }));
    const error = await caught(
      ncloud.classicNas.createNasVolumeSnapshotAndWait(
        { nasVolumeInstanceNo: "23420000" },
        { acceptCapacityRisk: true },
      ),
    );
    expect(error).toBeInstanceOf(DecodeError);
  });

  it.each([
    ["ncloud-vpc:20803168", () => json({ createBlockStorageSnapshotInstanceResponse: blockSnapshotList() })],
    ["ncloud-nas:23420000", () => json({ createNasVolumeSnapshotResponse: nasSnapshotList([]) })],
  ])("createSnapshot(%s) likewise", async (target, answer) => {
    const { ncloud } = client(answer);
    const error = await caught(createSnapshot(target, { clients: { ncloud }, acceptCapacityRisk: true }));
    expect(error).toBeInstanceOf(DecodeError);
  });
});

describe("Search Engine: a 200 whose envelope carries a non-zero code is never a success", () => {
  it("createSnapshot rejects with a DecodeError naming the code and message", async () => {
    const { ncloud } = client(() =>
      json({
        code: 4001,
        message: "bucket not found",
        result: false,
        requestId: "7a1de0c4-6b3f-4f61-9d0a-3c5e2b1f8a90",
      }),
    );
    const error = await caught(
      ncloud.searchEngine.createSnapshot({
        serviceGroupInstanceNo: "1037123",
        snapshotName: "snap-a",
        bucketName: "b1",
      }),
    );
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as Error).message).toMatch(
      /code 4001 \(bucket not found\) instead of 0.*may have been received/,
    );
  });
});
