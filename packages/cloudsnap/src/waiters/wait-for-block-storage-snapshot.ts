import type { vserver } from "@cloudsnap/ncloud";
import { secretsOf } from "../clients/group-secrets";
import type { NcloudClient } from "../clients/ncloud/create-ncloud-client";
import { DEFAULT_WAITER_TUNING } from "./constants";
import { pollUntil } from "./poll-until";
import { requireId, resolveWaiterOptions } from "./resolve-waiter-options";
import { snapshotFailure } from "./snapshot-failure";
import type { Observation, WaiterDeps, WaiterOptions } from "./types";

/** A VPC block storage snapshot as `getBlockStorageSnapshotInstanceDetail` reports it. */
export type BlockStorageSnapshotInstance = vserver.components["schemas"]["BlockStorageSnapshotInstance"];

/** The one method {@link waitForBlockStorageSnapshot} calls: a `vserver` client group fits. */
export type BlockStorageSnapshotReader = Pick<
  NcloudClient["vserver"],
  "getBlockStorageSnapshotInstanceDetail"
>;

/** Which snapshot to wait for. */
export interface BlockStorageSnapshotTarget {
  /** From `createBlockStorageSnapshotInstance`'s `blockStorageSnapshotInstanceList[0]`. */
  readonly blockStorageSnapshotInstanceNo: string;
  /** Region of the snapshot; the client's `regionCode` when left out. */
  readonly regionCode?: string;
}

const WAITER = "waitForBlockStorageSnapshot";
const OPERATION = "getBlockStorageSnapshotInstanceDetail";

/**
 * Waits until a NAVER Cloud VPC block storage snapshot can be used, polling
 * `getBlockStorageSnapshotInstanceDetail` and matching `blockStorageSnapshotInstanceStatus.code`
 * (never the label): `INIT` → keep waiting, `CREAT` → done (resolves with the snapshot). It fails
 * with `SnapshotFailedError` when the detail list comes back empty (the snapshot was deleted or its
 * creation was dropped), when a `CREAT` snapshot is being deleted (operation `TERMT`), and on the
 * Classic-only end states `TERMT` / `NAVAI`; any other code is reported and waited on.
 *
 * Defaults: first wait 2 s, ×2 up to 20 s, deadline 30 min (then `WaiterTimeoutError` with the last
 * state). See providers.md §3 and §8.5 (the NCP Terraform provider waits `INIT` → `CREAT` likewise).
 */
export async function waitForBlockStorageSnapshot(
  client: BlockStorageSnapshotReader,
  target: BlockStorageSnapshotTarget,
  options?: WaiterOptions<BlockStorageSnapshotInstance>,
  deps?: WaiterDeps,
): Promise<BlockStorageSnapshotInstance> {
  const id = requireId(WAITER, "blockStorageSnapshotInstanceNo", target?.blockStorageSnapshotInstanceNo);
  const resolved = resolveWaiterOptions(WAITER, options, DEFAULT_WAITER_TUNING);
  const source = {
    provider: "ncloud",
    operation: OPERATION,
    resourceId: id,
    what: "block storage snapshot",
    secrets: () => secretsOf(client),
  } as const;
  return pollUntil(
    { ...source, waiter: WAITER },
    async (call) => {
      const answer = await client.getBlockStorageSnapshotInstanceDetail(
        {
          blockStorageSnapshotInstanceNo: id,
          responseFormatType: "json",
          ...(target.regionCode === undefined ? {} : { regionCode: target.regionCode }),
        },
        call,
      );
      return classify(answer.blockStorageSnapshotInstanceList ?? [], id, source);
    },
    resolved,
    deps,
  );
}

function classify(
  list: readonly BlockStorageSnapshotInstance[],
  id: string,
  source: Parameters<typeof snapshotFailure>[0],
): Observation<BlockStorageSnapshotInstance, BlockStorageSnapshotInstance> {
  const snapshot = list.find((item) => item.blockStorageSnapshotInstanceNo === id) ?? list[0];
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
