import { describe, expect, it } from "vitest";
import { createVolumeSnapshotsClient } from "../src/index";

describe("ZStack generated client", () => {
  it("repeats q= once per query condition", async () => {
    const sent: Request[] = [];
    const zstack = createVolumeSnapshotsClient({
      baseUrl: "http://zstack.test:8080",
      fetch: async (request) => {
        sent.push(request);
        return Response.json({ inventories: [] });
      },
    });
    await zstack.queryVolumeSnapshot({ q: ["uuid=abc", "status=Ready"], limit: 5 });
    const url = new URL(sent[0]?.url ?? "");
    expect(url.pathname).toBe("/zstack/v1/volume-snapshots");
    expect(url.searchParams.getAll("q")).toEqual(["uuid=abc", "status=Ready"]);
    expect(url.searchParams.get("limit")).toBe("5");
  });

  it("sends X-Job-UUID as a header and the create body under params", async () => {
    const sent: Request[] = [];
    const zstack = createVolumeSnapshotsClient({
      baseUrl: "http://zstack.test:8080",
      fetch: async (request) => {
        sent.push(request);
        return Response.json({ location: "http://10.0.0.1:8080/zstack/v1/api-jobs/abc" }, { status: 202 });
      },
    });
    const { data } = await zstack.createVolumeSnapshot({
      volumeUuid: "e60a0fb0b75743c1b0fcb017e31db043",
      "X-Job-UUID": "0123456789abcdef0123456789abcdef",
      params: { name: "s" },
    });
    // The spec declares the documented 200 (inventory) beside the 202 (location): this answer is a 202.
    expect(data && "location" in data ? data.location : undefined).toContain("/api-jobs/abc");
    expect(sent[0]?.headers.get("x-job-uuid")).toBe("0123456789abcdef0123456789abcdef");
    expect(await sent[0]?.json()).toEqual({ params: { name: "s" } });
  });
});
