import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors";
import { createHttpError, ServerError } from "../../src/core/http-errors";
import { SnapshotFailedError } from "../../src/core/waiter-errors";
import type { WaiterState } from "../../src/core/waiting";
import { createHuaweiCloudClient } from "../../src/providers/huaweicloud/client";
import {
  type EvsJob,
  type EvsSnapshot,
  type EvsSnapshotReader,
  waitForEvsSnapshot,
} from "../../src/providers/huaweicloud/evs-waiter";
import { json, recordingFetch } from "../clients/support/recording-fetch";
import { fakeTime } from "./support/fake-time";
import { type Step, scripted } from "./support/scripted";

const SNAPSHOT_ID = "bb02c803-55ac-4e84-9c80-60d352199d7d";
const JOB_ID = "ee62a0c1e79c4e11be5adc17a49f69ef";

// evs.yaml examples: JobStatus `running` / `succeeded` / `failed`, showSnapshot `creating` / `available`.
const JOB_RUNNING: EvsJob = {
  status: "RUNNING",
  entities: {},
  job_id: JOB_ID,
  begin_time: "2025-03-01T08:15:30.120Z",
  end_time: "",
  error_code: null,
  fail_reason: null,
};
const JOB_SUCCEEDED: EvsJob = { ...JOB_RUNNING, status: "SUCCESS", end_time: "2025-03-01T08:16:02.480Z" };
const JOB_FAILED: EvsJob = {
  ...JOB_RUNNING,
  status: "FAIL",
  end_time: "2025-03-01T08:15:41.006Z",
  error_code: "EVS.XXXX",
  fail_reason: "illustrative failure reason",
};
const CREATING: EvsSnapshot = {
  id: SNAPSHOT_ID,
  name: "test_name",
  volume_id: "2c194dde-7de5-4529-a141-49f48181f411",
  status: "creating",
  size: 40,
  created_at: "2025-03-01T08:15:30.000000",
  incremental: true,
  progress: "35%",
};
const AVAILABLE: EvsSnapshot = { ...CREATING, status: "available", progress: "100%" };
const withStatus = (status: string) => ({ snapshot: { ...CREATING, status } as EvsSnapshot });

const notFound = (operation: string) => ({
  throws: createHttpError({
    provider: "huaweicloud",
    operation,
    method: "GET",
    url: "https://evs.example.test/x",
    status: 404,
    body: { error: { code: "EVS.0404", message: "not found" } },
  }),
});

type M = EvsSnapshotReader;
function fakeEvs(script: {
  showJob?: Step<Awaited<ReturnType<M["showJob"]>>>[];
  showJobV2?: Step<Awaited<ReturnType<M["showJobV2"]>>>[];
  showSnapshot?: Step<Awaited<ReturnType<M["showSnapshot"]>>>[];
}) {
  const showJob = scripted<Parameters<M["showJob"]>[0], Awaited<ReturnType<M["showJob"]>>>(
    script.showJob ?? [{ throws: new Error("showJob not expected") }],
  );
  const showJobV2 = scripted<Parameters<M["showJobV2"]>[0], Awaited<ReturnType<M["showJobV2"]>>>(
    script.showJobV2 ?? [{ throws: new Error("showJobV2 not expected") }],
  );
  const showSnapshot = scripted<Parameters<M["showSnapshot"]>[0], Awaited<ReturnType<M["showSnapshot"]>>>(
    script.showSnapshot ?? [{ throws: new Error("showSnapshot not expected") }],
  );
  const evs: EvsSnapshotReader = {
    showJob: showJob.method,
    showJobV2: showJobV2.method,
    showSnapshot: showSnapshot.method,
  };
  return { evs, showJob: showJob.calls, showJobV2: showJobV2.calls, showSnapshot: showSnapshot.calls };
}

/** Runs the waiter and returns its outcome and the operation/status of every progress state. */
async function run(evs: EvsSnapshotReader, target: Parameters<typeof waitForEvsSnapshot>[1]) {
  const seen: string[] = [];
  const onProgress = (s: WaiterState<EvsJob | EvsSnapshot>) => seen.push(`${s.operation} ${s.status}`);
  const outcome = await waitForEvsSnapshot(evs, target, { onProgress }, fakeTime().deps).catch(
    (e: unknown) => e,
  );
  return { outcome, seen };
}

describe("waitForEvsSnapshot", () => {
  it("polls the v1 job until SUCCESS, then confirms the snapshot is available", async () => {
    const fake = fakeEvs({
      showJob: [JOB_RUNNING, JOB_RUNNING, JOB_SUCCEEDED],
      showSnapshot: [{ snapshot: AVAILABLE }],
    });
    const { outcome, seen } = await run(fake.evs, { snapshot_id: SNAPSHOT_ID, job_id: JOB_ID });
    expect(outcome).toEqual(AVAILABLE);
    expect(seen).toEqual(["showJob RUNNING", "showJob RUNNING", "showSnapshot available"]);
    expect(fake.showJob.map((c) => c.params)).toEqual(Array(3).fill({ job_id: JOB_ID }));
    expect(fake.showSnapshot[0]?.params).toEqual({ snapshot_id: SNAPSHOT_ID });
  });

  it("falls back to the v2 job path when the v1 path answers 404, and stays there", async () => {
    const fake = fakeEvs({
      showJob: [notFound("showJob")],
      showJobV2: [JOB_RUNNING, JOB_SUCCEEDED],
      showSnapshot: [{ snapshot: AVAILABLE }],
    });
    const { outcome, seen } = await run(fake.evs, { snapshot_id: SNAPSHOT_ID, job_id: JOB_ID });
    expect(outcome).toEqual(AVAILABLE);
    expect(seen).toEqual(["showJobV2 RUNNING", "showSnapshot available"]);
    expect(fake.showJob).toHaveLength(1);
    expect(fake.showJobV2).toHaveLength(2);
  });

  it("polls the snapshot itself when neither job path knows the job", async () => {
    const fake = fakeEvs({
      showJob: [notFound("showJob")],
      showJobV2: [notFound("showJobV2")],
      showSnapshot: [withStatus("creating"), { snapshot: AVAILABLE }],
    });
    const { outcome, seen } = await run(fake.evs, { snapshot_id: SNAPSHOT_ID, job_id: JOB_ID });
    expect(outcome).toEqual(AVAILABLE);
    expect(seen).toEqual(["showSnapshot creating", "showSnapshot available"]);
  });

  it("keeps polling the snapshot when the job succeeded but the snapshot is still creating", async () => {
    const fake = fakeEvs({
      showJob: [JOB_SUCCEEDED],
      showSnapshot: [withStatus("creating"), { snapshot: AVAILABLE }],
    });
    const { outcome, seen } = await run(fake.evs, { snapshot_id: SNAPSHOT_ID, job_id: JOB_ID });
    expect(outcome).toEqual(AVAILABLE);
    expect(seen).toEqual(["showSnapshot creating", "showSnapshot available"]);
    expect(fake.showJob).toHaveLength(1);
  });

  it("fails with the job's fail_reason and error_code when the job fails", async () => {
    const fake = fakeEvs({ showJob: [JOB_RUNNING, JOB_FAILED] });
    const { outcome, seen } = await run(fake.evs, { snapshot_id: SNAPSHOT_ID, job_id: JOB_ID });
    expect(outcome).toBeInstanceOf(SnapshotFailedError);
    expect(outcome).toMatchObject({
      provider: "huaweicloud",
      operation: "showJob",
      resourceId: SNAPSHOT_ID,
      providerStatus: "FAIL",
      code: "EVS.XXXX",
      reason: "illustrative failure reason",
    });
    expect((outcome as Error).message).toBe(
      `showJob: EVS snapshot ${SNAPSHOT_ID} failed with status FAIL (EVS.XXXX): illustrative failure reason`,
    );
    expect(seen).toEqual(["showJob RUNNING", "showJob FAIL"]);
  });

  const snapshotStates = [
    { name: "available", given: "available", want: "done" },
    { name: "rollbacking (only reachable from available)", given: "rollbacking", want: "done" },
    { name: "backing-up (only reachable from available)", given: "backing-up", want: "done" },
    { name: "error", given: "error", want: "failed" },
    { name: "deleting", given: "deleting", want: "failed" },
    { name: "error_deleting", given: "error_deleting", want: "failed" },
  ];
  it.each(snapshotStates)(
    "without a job, treats the snapshot status $name as $want",
    async ({ given, want }) => {
      const fake = fakeEvs({ showSnapshot: [withStatus("creating"), withStatus(given)] });
      const { outcome } = await run(fake.evs, { snapshot_id: SNAPSHOT_ID });
      if (want === "done") expect(outcome).toMatchObject({ status: given });
      else
        expect(outcome).toMatchObject({
          name: "SnapshotFailedError",
          providerStatus: given,
          operation: "showSnapshot",
        });
      expect(fake.showSnapshot).toHaveLength(2);
    },
  );

  it("treats an empty job_id as no job", async () => {
    const fake = fakeEvs({ showSnapshot: [{ snapshot: AVAILABLE }] });
    await expect(run(fake.evs, { snapshot_id: SNAPSHOT_ID, job_id: "" })).resolves.toMatchObject({
      outcome: AVAILABLE,
    });
  });

  it("fails when the snapshot answers 404", async () => {
    const fake = fakeEvs({ showSnapshot: [notFound("showSnapshot")] });
    const { outcome } = await run(fake.evs, { snapshot_id: SNAPSHOT_ID, project_id: "p1" });
    expect(outcome).toMatchObject({ name: "SnapshotFailedError", providerStatus: "NOT_FOUND" });
    expect(fake.showSnapshot[0]?.params).toEqual({ snapshot_id: SNAPSHOT_ID, project_id: "p1" });
  });

  it("passes any other job error through without falling back", async () => {
    const failure = createHttpError({
      provider: "huaweicloud",
      operation: "showJob",
      method: "GET",
      url: "https://evs.example.test/x",
      status: 500,
    });
    const fake = fakeEvs({ showJob: [{ throws: failure }] });
    const { outcome } = await run(fake.evs, { snapshot_id: SNAPSHOT_ID, job_id: JOB_ID });
    expect(outcome).toBeInstanceOf(ServerError);
    expect(outcome).toBe(failure);
    expect(fake.showJobV2).toHaveLength(0);
  });

  const bad = [
    { name: "a missing snapshot_id", given: {}, want: "snapshot_id" },
    { name: "a job_id that is not a string", given: { snapshot_id: SNAPSHOT_ID, job_id: 5 }, want: "job_id" },
  ];
  it.each(bad)("rejects $name before polling", async ({ given, want }) => {
    const fake = fakeEvs({});
    const error = await waitForEvsSnapshot(fake.evs, given as never, {}, fakeTime().deps).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ operation: "waitForEvsSnapshot", path: want });
  });

  it("polls through a real facade client: signed requests, v1 → v2 fallback on the wire", async () => {
    const { fetch, seen } = recordingFetch((request) => {
      if (request.url.pathname.startsWith("/v1/"))
        return json({ error: { code: "EVS.0404", message: "no such job" } }, 404);
      if (request.url.pathname.startsWith("/v2/")) return json(JOB_SUCCEEDED);
      return json({ snapshot: AVAILABLE });
    });
    const client = createHuaweiCloudClient({
      credentials: { accessKey: "HWUNITAK000000000001", secretKey: "unit-secret-huawei-0123456789" },
      projectId: "0123456789abcdef0123456789abcdef",
      now: () => new Date("2025-03-01T12:00:00Z"),
      fetch,
    });
    const snapshot = await waitForEvsSnapshot(
      client.evs,
      { snapshot_id: SNAPSHOT_ID, job_id: JOB_ID },
      {},
      fakeTime().deps,
    );
    expect(snapshot.status).toBe("available");
    expect(seen.map((s) => s.url.pathname)).toEqual([
      `/v1/0123456789abcdef0123456789abcdef/jobs/${JOB_ID}`,
      `/v2/0123456789abcdef0123456789abcdef/jobs/${JOB_ID}`,
      `/v5/0123456789abcdef0123456789abcdef/snapshots/${SNAPSHOT_ID}`,
    ]);
    expect(
      seen.every((s) => s.headers.get("authorization")?.startsWith("SDK-HMAC-SHA256 Access=HWUNITAK")),
    ).toBe(true);
  });
});
