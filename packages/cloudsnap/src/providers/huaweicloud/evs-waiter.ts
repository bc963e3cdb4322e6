// Waiting for a Huawei Cloud EVS snapshot to be usable: the job, then the snapshot. Loaded when a
// wait starts (createSnapshotAndWait, waitForEvsSnapshot), with the core's polling.

import type { evs as evsTypes } from "@cloudsnap/huaweicloud";
import { type CallOptions, ownProperties } from "../../core/call-options";
import { isNotFoundError } from "../../core/guards";
import {
  type AndWaitOptions,
  DEFAULT_WAITER_TUNING,
  type Observation,
  type PollCallOptions,
  pollUntil,
  requireId,
  resolveWaiterOptions,
  snapshotFailure,
  splitAndWaitOptions,
  type WaiterDeps,
  type WaiterOptions,
} from "../../core/waiting";
import type { EvsMethods } from "./types";

/** Splits a create-and-wait's options and checks the waiter's, before anything is sent. */
export function splitEvsWaitOptions(
  operation: string,
  options: AndWaitOptions<EvsJob | EvsSnapshot> | undefined,
) {
  return splitAndWaitOptions<EvsJob | EvsSnapshot, CallOptions>(
    operation,
    WAITER,
    options,
    DEFAULT_WAITER_TUNING,
  );
}

/** An EVS v5 snapshot as `showSnapshot` reports it. */
export type EvsSnapshot = evsTypes.components["schemas"]["SnapshotDetail"];
/** An EVS job as `showJob` / `showJobV2` report it. */
export type EvsJob = evsTypes.components["schemas"]["ShowJobResponse"];

/** The methods {@link waitForEvsSnapshot} calls: an `evs` client group fits. */
export type EvsSnapshotReader = Pick<EvsMethods, "showJob" | "showJobV2" | "showSnapshot">;

/** Which snapshot to wait for: both ids come from `createSnapshot`'s 202 answer. */
export interface EvsSnapshotTarget {
  readonly snapshot_id: string;
  /** The create's job; when left out (or empty) the snapshot itself is polled. */
  readonly job_id?: string;
  /** Project of the snapshot; the client's project id when left out. */
  readonly project_id?: string;
}

type Step = "showJob" | "showJobV2" | "showSnapshot";

const WAITER = "waitForEvsSnapshot";

/** Snapshot states reachable only from `available`: the snapshot exists and can be used. */
const USABLE = new Set(["available", "rollbacking", "backing-up"]);
/** Snapshot states from which it will never become usable. */
const FAILED = new Set(["error", "deleting", "error_deleting"]);

/** The implementation of `waitForEvsSnapshot` (see evs.ts), loaded when a wait starts. */
export async function waitForEvsSnapshot(
  client: EvsSnapshotReader,
  target: EvsSnapshotTarget,
  options?: WaiterOptions<EvsJob | EvsSnapshot>,
  deps?: WaiterDeps,
): Promise<EvsSnapshot> {
  const given = ownProperties(target ?? ({} as EvsSnapshotTarget));
  const snapshotId = requireId(WAITER, "snapshot_id", given.snapshot_id);
  const jobId =
    given.job_id === undefined || given.job_id === "" ? undefined : requireId(WAITER, "job_id", given.job_id);
  const project =
    given.project_id === undefined ? {} : { project_id: requireId(WAITER, "project_id", given.project_id) };
  const resolved = resolveWaiterOptions(WAITER, options, DEFAULT_WAITER_TUNING);
  let step: Step = jobId ? "showJob" : "showSnapshot";
  const failure = (
    operation: Step,
    status: string,
    details: { reason?: string | null; code?: string | null },
  ) =>
    snapshotFailure(
      {
        provider: "huaweicloud",
        operation,
        resourceId: snapshotId,
        what: "EVS snapshot",
      },
      status,
      details,
    );

  const readSnapshot = async (
    call: PollCallOptions,
  ): Promise<Observation<EvsJob | EvsSnapshot, EvsSnapshot>> => {
    let snapshot: EvsSnapshot;
    try {
      snapshot = (await client.showSnapshot({ snapshot_id: snapshotId, ...project }, call)).snapshot;
    } catch (error) {
      if (!isNotFoundError(error)) throw error;
      const reason = "EVS answered 404: the snapshot was deleted or the id is wrong";
      return {
        kind: "failed",
        operation: "showSnapshot",
        status: "NOT_FOUND",
        error: failure("showSnapshot", "NOT_FOUND", { reason }),
      };
    }
    const status = String(snapshot.status);
    const seen = { operation: "showSnapshot", status, resource: snapshot };
    if (USABLE.has(status)) return { kind: "done", ...seen, result: snapshot };
    if (FAILED.has(status)) return { kind: "failed", ...seen, error: failure("showSnapshot", status, {}) };
    return { kind: "pending", ...seen };
  };

  const readJob = async (
    call: PollCallOptions,
    job: string,
  ): Promise<Observation<EvsJob | EvsSnapshot, EvsSnapshot>> => {
    let answer: EvsJob;
    const operation = step as "showJob" | "showJobV2";
    try {
      answer = await client[operation]({ job_id: job, ...project }, call);
    } catch (error) {
      if (!isNotFoundError(error)) throw error;
      // The two documented job paths disagree (providers.md §8.1): try the other, then the snapshot.
      step = operation === "showJob" ? "showJobV2" : "showSnapshot";
      return step === "showSnapshot" ? readSnapshot(call) : readJob(call, job);
    }
    const status = String(answer.status);
    if (status === "FAIL") {
      return {
        kind: "failed",
        operation,
        status,
        resource: answer,
        error: failure(operation, status, { reason: answer.fail_reason, code: answer.error_code }),
      };
    }
    if (status !== "SUCCESS") return { kind: "pending", operation, status, resource: answer };
    step = "showSnapshot";
    return readSnapshot(call);
  };

  return pollUntil(
    {
      waiter: WAITER,
      provider: "huaweicloud",
      resourceId: snapshotId,
      what: "EVS snapshot",
      operation: step,
    },
    (call) => (step !== "showSnapshot" && jobId ? readJob(call, jobId) : readSnapshot(call)),
    resolved,
    deps,
  );
}
