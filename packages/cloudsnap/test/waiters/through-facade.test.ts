import { describe, expect, it } from "vitest";
import { SnapshotCapacityError } from "../../src/core/waiter-errors";
import { createNcloudClient } from "../../src/providers/ncloud/client";
import { checkNasSnapshotCapacity } from "../../src/providers/ncloud/nas-capacity";
import { waitForBlockStorageSnapshot } from "../../src/providers/ncloud/vserver-waiter";
import { json, recordingFetch, type SeenRequest } from "../clients/support/recording-fetch";
import { fakeTime } from "./support/fake-time";
import {
  blockSnapshotList,
  CREATED_BLOCK_SNAPSHOT,
  CREATING_BLOCK_SNAPSHOT,
  nasSnapshotList,
  nasVolumeList,
  THREE_NAS_SNAPSHOTS,
  VOLUME_WITHOUT_RESERVE,
} from "./support/ncloud-examples";

const KEYS = { accessKey: "AKUNIT000000000001", secretKey: "unit-secret-ncloud-0123456789" };

function ncloudWith(route: (request: SeenRequest, seen: readonly SeenRequest[]) => Response) {
  const { fetch, seen } = recordingFetch(route);
  const client = createNcloudClient({
    credentials: KEYS,
    now: () => new Date("2025-03-01T12:00:00Z"),
    fetch,
  });
  return { client, seen };
}

describe("waiters through a real NAVER Cloud client", () => {
  it("polls the block storage snapshot with signed form POSTs and decodes the JSON answers", async () => {
    const { client, seen } = ncloudWith((_request, all) =>
      json({
        getBlockStorageSnapshotInstanceDetailResponse: blockSnapshotList(
          all.length < 2 ? CREATING_BLOCK_SNAPSHOT : CREATED_BLOCK_SNAPSHOT,
        ),
      }),
    );
    const snapshot = await waitForBlockStorageSnapshot(
      client.vserver,
      { blockStorageSnapshotInstanceNo: "20814323", regionCode: "KR" },
      {},
      fakeTime().deps,
    );
    expect(snapshot.blockStorageSnapshotInstanceStatus.code).toBe("CREAT");
    expect(seen).toHaveLength(2);
    for (const request of seen) {
      expect(request.method).toBe("POST");
      expect(request.url.pathname).toBe("/vserver/v2/getBlockStorageSnapshotInstanceDetail");
      expect(new URLSearchParams(request.body).get("blockStorageSnapshotInstanceNo")).toBe("20814323");
      expect(new URLSearchParams(request.body).get("responseFormatType")).toBe("json");
      expect(request.headers.get("x-ncp-apigw-signature-v2")).toMatch(/^[A-Za-z0-9+/]+=*$/);
    }
  });

  it("refuses a snapshot on a volume without reserve, reading the volume by its indexed number", async () => {
    const { client, seen } = ncloudWith((request) =>
      request.url.pathname.endsWith("/getNasVolumeInstanceList")
        ? json({ getNasVolumeInstanceListResponse: nasVolumeList([VOLUME_WITHOUT_RESERVE]) })
        : json({ getNasVolumeSnapshotListResponse: nasSnapshotList(THREE_NAS_SNAPSHOTS) }),
    );
    const error = await checkNasSnapshotCapacity(client.classicNas, {
      nasVolumeInstanceNo: "23420000",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotCapacityError);
    expect(error).toMatchObject({ risk: "no-reserve", usedBytes: 2248704 });
    expect(new URLSearchParams(seen[0]?.body).get("nasVolumeInstanceNoList.1")).toBe("23420000");
    expect(seen.map((s) => s.url.pathname)).toEqual([
      "/server/v2/getNasVolumeInstanceList",
      "/server/v2/getNasVolumeSnapshotList",
    ]);
  });
});
