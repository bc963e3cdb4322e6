// Huawei Cloud EVS: the facade's validation rules over the spec, and create-and-wait (whose waiter,
// in evs-waiter.ts, is loaded when a wait starts).

import { evs } from "@cloudsnap/huaweicloud/metadata";
import { type CallOptions, ownProperties } from "../../core/call-options";
import type { ApiMetadata, Shape, Shapes } from "../../core/metadata";
import type { AndWaitOptions, WaiterDeps, WaiterOptions } from "../../core/waiting";
import type { EvsJob, EvsSnapshot, EvsSnapshotReader, EvsSnapshotTarget } from "./evs-waiter";
import type { EvsMethods } from "./types";

export type { EvsMethods } from "./types";

/**
 * EVS as the facade validates it: the spec, which follows the API reference (`snapshot.volume_id`
 * is documented as optional), plus one rule of cloudsnap's own: a create must name its volume. A
 * snapshot of no volume cannot be what a caller meant, so it is refused before anything is sent.
 */
export const EVS: ApiMetadata = {
  OPERATIONS: evs.OPERATIONS,
  SHAPES: requireProperty(evs.SHAPES, "CreateStandardSnapshot", "volume_id"),
  SERVERS: evs.SERVERS,
};

function requireProperty(shapes: Shapes, name: string, property: string): Shapes {
  const shape = shapes[name];
  if (shape === undefined || !("type" in shape) || shape.type !== "object") {
    throw new Error(`specs/huaweicloud/evs.yaml no longer has the object schema ${name}`);
  }
  const required = shape.required?.includes(property)
    ? shape.required
    : [...(shape.required ?? []), property];
  const refined: Shape = { ...shape, required };
  return { ...shapes, [name]: refined };
}

type CreateSnapshotParams = Parameters<EvsMethods["createSnapshot"]>[0];

/** `createSnapshot`'s parameters as the facade takes them: the volume is required (see {@link EVS}). */
export type EvsCreateSnapshotParams = Omit<CreateSnapshotParams, "snapshot"> & {
  snapshot: CreateSnapshotParams["snapshot"] & { volume_id: string };
};

/** EVS: one method per operationId, plus create-and-wait. */
export type EvsClient = Omit<EvsMethods, "createSnapshot"> & {
  createSnapshot(
    params: EvsCreateSnapshotParams,
    options?: CallOptions,
  ): ReturnType<EvsMethods["createSnapshot"]>;
  /** Creates a snapshot and waits for its job (SUCCESS) and for the snapshot to be `available`. */
  createSnapshotAndWait(
    params: EvsCreateSnapshotParams,
    options?: AndWaitOptions<EvsJob | EvsSnapshot>,
  ): Promise<EvsSnapshot>;
};

/**
 * Adds `createSnapshotAndWait`. Every wait option is checked before the create is sent: a
 * `ValidationError` always means nothing was sent.
 */
export function withEvsWaiter(methods: EvsMethods): EvsClient {
  return {
    ...methods,
    async createSnapshotAndWait(params, options) {
      const { splitEvsWaitOptions, waitForEvsSnapshot } = await import("./evs-waiter");
      const { create, wait } = splitEvsWaitOptions("createSnapshotAndWait", options);
      const created = await methods.createSnapshot(params, create);
      const project = ownProperties(params).project_id;
      return waitForEvsSnapshot(
        methods,
        {
          snapshot_id: created.snapshot_id,
          ...(created.job_id ? { job_id: created.job_id } : {}),
          ...(project ? { project_id: project } : {}),
        },
        wait,
      );
    },
  };
}

/**
 * Waits until a Huawei Cloud EVS snapshot is `available`; resolves with the snapshot.
 *
 * With a `job_id` it first polls the job: `showJob` (`/v1/…/jobs`, as the EVS docs say) and, on a
 * 404, `showJobV2` (`/v2/…/jobs`, what the vendor Terraform provider polls; providers.md §8.1), and
 * on a 404 there too, the snapshot itself. `SUCCESS` → it then confirms with `showSnapshot` that the
 * snapshot is `available` (and keeps polling the snapshot while it is `creating`); `FAIL` →
 * `SnapshotFailedError` with the job's `fail_reason` and `error_code`; other job states → wait.
 *
 * Without a job it polls `showSnapshot`: `available` (or `rollbacking` / `backing-up`, which only
 * follow `available`) → done; `error`, `deleting`, `error_deleting` or a 404 → `SnapshotFailedError`;
 * `creating` and anything else → wait.
 *
 * Defaults: first wait 2 s, ×2 up to 20 s, deadline 30 min (then `WaiterTimeoutError`).
 */
export async function waitForEvsSnapshot(
  client: EvsSnapshotReader,
  target: EvsSnapshotTarget,
  options?: WaiterOptions<EvsJob | EvsSnapshot>,
  deps?: WaiterDeps,
): Promise<EvsSnapshot> {
  // The waiter and the core's polling load with the first wait: a client that never waits, and its
  // bundle's initial chunk, do without them.
  return (await import("./evs-waiter")).waitForEvsSnapshot(client, target, options, deps);
}
