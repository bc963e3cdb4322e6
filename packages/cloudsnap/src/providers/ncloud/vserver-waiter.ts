// Waiting for a VPC block storage snapshot (INIT → CREAT). Loaded by
// createBlockStorageSnapshotInstanceAndWait or waitForBlockStorageSnapshot (waiters.ts) when a wait starts.

import { ownProperties } from "../../core/call-options";
import { ResourceNotFoundError } from "../../core/waiter-errors";
import {
  type AndWaitOptions,
  DEFAULT_WAITER_TUNING,
  type Observation,
  pollUntil,
  requireId,
  resolveWaiterOptions,
  snapshotFailure,
  splitAndWaitOptions,
  type WaiterDeps,
  type WaiterOptions,
} from "../../core/waiting";
import type { BlockStorageSnapshotInstance, VserverMethods } from "./types";

/** Splits a create-and-wait's options and checks the waiter's, before anything is sent. */
export function splitBlockStorageWaitOptions(
  operation: string,
  options: AndWaitOptions<BlockStorageSnapshotInstance> | undefined,
) {
  return splitAndWaitOptions(operation, WAITER, options, DEFAULT_WAITER_TUNING);
}

/** Polls that may list only other snapshots before the one asked for is taken as not there. */
const MAX_POLLS_NOT_LISTED = 3;

/** The one method {@link waitForBlockStorageSnapshot} calls: a `vserver` client group fits. */
export type BlockStorageSnapshotReader = Pick<VserverMethods, "getBlockStorageSnapshotInstanceDetail">;

/** Which snapshot to wait for. */
export interface BlockStorageSnapshotTarget {
  /** From `createBlockStorageSnapshotInstance`'s `blockStorageSnapshotInstanceList[0]`. */
  readonly blockStorageSnapshotInstanceNo: string;
  /** Region of the snapshot; the client's `regionCode` when left out. */
  readonly regionCode?: string;
}

const WAITER = "waitForBlockStorageSnapshot";
const OPERATION = "getBlockStorageSnapshotInstanceDetail";

/** The implementation of `waitForBlockStorageSnapshot` (see waiters.ts), loaded when a wait starts. */
export async function waitForBlockStorageSnapshot(
  client: BlockStorageSnapshotReader,
  target: BlockStorageSnapshotTarget,
  options?: WaiterOptions<BlockStorageSnapshotInstance>,
  deps?: WaiterDeps,
): Promise<BlockStorageSnapshotInstance> {
  const given = ownProperties(target ?? ({} as BlockStorageSnapshotTarget));
  const id = requireId(WAITER, "blockStorageSnapshotInstanceNo", given.blockStorageSnapshotInstanceNo);
  const resolved = resolveWaiterOptions(WAITER, options, DEFAULT_WAITER_TUNING);
  const source = {
    provider: "ncloud",
    operation: OPERATION,
    resourceId: id,
    what: "block storage snapshot",
  } as const;
  let notListed = 0;
  let listed = false;
  return pollUntil(
    { ...source, waiter: WAITER },
    async (call) => {
      const answer = await client.getBlockStorageSnapshotInstanceDetail(
        {
          blockStorageSnapshotInstanceNo: id,
          responseFormatType: "json",
          ...(given.regionCode === undefined ? {} : { regionCode: given.regionCode }),
        },
        call,
      );
      const list = answer.blockStorageSnapshotInstanceList ?? [];
      // Only the snapshot asked for counts: an answer without it (empty, or listing others) is "not
      // there yet", never theirs; only once it was listed does an empty answer mean it is gone.
      const found = list.some((item) => item.blockStorageSnapshotInstanceNo === id);
      listed ||= found;
      notListed = !found && (list.length > 0 || !listed) ? notListed + 1 : 0;
      if (notListed >= MAX_POLLS_NOT_LISTED) {
        throw new ResourceNotFoundError(
          `${WAITER}: block storage snapshot ${id} is not in the answers of ${OPERATION} (${notListed} polls in a row did not list it)`,
          {
            provider: "ncloud",
            operation: OPERATION,
            resourceType: "block storage snapshot",
            resourceId: id,
          },
        );
      }
      return classify(list, id, listed, source);
    },
    resolved,
    deps,
  );
}

function classify(
  list: readonly BlockStorageSnapshotInstance[],
  id: string,
  listed: boolean,
  source: Parameters<typeof snapshotFailure>[0],
): Observation<BlockStorageSnapshotInstance, BlockStorageSnapshotInstance> {
  const snapshot = list.find((item) => item.blockStorageSnapshotInstanceNo === id);
  if (!snapshot && (list.length > 0 || !listed))
    return { kind: "pending", operation: OPERATION, status: "NOT_LISTED" };
  if (!snapshot) {
    const reason = "the snapshot is no longer listed: it was deleted, or its creation was dropped";
    return {
      kind: "failed",
      operation: OPERATION,
      status: "NOT_FOUND",
      error: snapshotFailure(source, "NOT_FOUND", { reason }),
    };
  }
  const status = String(snapshot.blockStorageSnapshotInstanceStatus.code);
  const seen = { operation: OPERATION, status, resource: snapshot };
  const operation = String(snapshot.blockStorageSnapshotInstanceOperation?.code ?? "");
  if (operation === "TERMT") {
    const reason = "the snapshot is being deleted (operation TERMT)";
    return { kind: "failed", ...seen, error: snapshotFailure(source, status, { reason }) };
  }
  if (status === "CREAT") return { kind: "done", ...seen, result: snapshot };
  if (status === "TERMT" || status === "NAVAI") {
    const reason = snapshot.blockStorageSnapshotInstanceStatusName || undefined;
    return { kind: "failed", ...seen, error: snapshotFailure(source, status, { reason }) };
  }
  return { kind: "pending", ...seen };
}
