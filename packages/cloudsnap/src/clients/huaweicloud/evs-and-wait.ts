import type { evs } from "@cloudsnap/huaweicloud";
import { type EvsJob, type EvsSnapshot, waitForEvsSnapshot } from "../../waiters";
import { type AndWaitOptions, waiterOptions } from "../and-wait/and-wait-options";
import type { FacadeMethods } from "../facade-types";

type EvsMethods = FacadeMethods<evs.Operations, evs.operations, "project_id", "keep">;

/** EVS: one method per operationId, plus create-and-wait. */
export type EvsClient = EvsMethods & {
  /** Creates a snapshot and waits for its job (SUCCESS) and for the snapshot to be `available`. */
  createSnapshotAndWait(
    params: Parameters<EvsMethods["createSnapshot"]>[0],
    options?: AndWaitOptions<EvsJob | EvsSnapshot>,
  ): Promise<EvsSnapshot>;
};

/** Adds `createSnapshotAndWait` to the EVS methods. */
export function withEvsWaiter(methods: EvsMethods): EvsClient {
  return {
    ...methods,
    async createSnapshotAndWait(params, options = {}) {
      const { wait: _wait, ...createOptions } = options;
      const created = await methods.createSnapshot(params, createOptions);
      return waitForEvsSnapshot(
        methods as never,
        {
          snapshot_id: created.snapshot_id,
          ...(created.job_id ? { job_id: created.job_id } : {}),
          ...(params.project_id ? { project_id: params.project_id } : {}),
        },
        waiterOptions(options),
      );
    },
  };
}
