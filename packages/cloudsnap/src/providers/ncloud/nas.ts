// NAVER Cloud Classic NAS: the capacity guard in front of both creates, the name of the snapshot a
// create took, the snapshot waiter, and create-and-wait.

import { type CallOptions, ownProperties } from "../../core/call-options";
import { createValidationError } from "../../core/errors";
import type { AndWaitOptions } from "../../core/waiting";
import { checkNasSnapshotCapacity } from "./nas-capacity";
import { noSnapshotListed } from "./rules";
import type { ClassicNasMethods, NasVolumeSnapshot } from "./types";

export type { ClassicNasMethods, NasVolumeSnapshot } from "./types";

type NasCreate = ClassicNasMethods["createNasVolumeSnapshot"];
type NasCreateViaGet = ClassicNasMethods["createNasVolumeSnapshotViaGet"];

/** Options of a NAS create: the NAS snapshot reserve is checked first unless you accept the risk. */
export interface NasCreateOptions extends CallOptions {
  /**
   * Skip the refusal when the new snapshot could overflow the volume's snapshot reserve (or the
   * volume has none). NAVER Cloud may then fail the create or delete older snapshots to make room.
   */
  readonly acceptCapacityRisk?: boolean;
}

/** Classic NAS: one method per operationId; creates check the snapshot reserve first. */
export type ClassicNasClient = Omit<
  ClassicNasMethods,
  "createNasVolumeSnapshot" | "createNasVolumeSnapshotViaGet"
> & {
  createNasVolumeSnapshot(
    params: Parameters<NasCreate>[0],
    options?: NasCreateOptions,
  ): ReturnType<NasCreate>;
  createNasVolumeSnapshotViaGet(
    params: Parameters<NasCreateViaGet>[0],
    options?: NasCreateOptions,
  ): ReturnType<NasCreateViaGet>;
  /** Creates a snapshot (after the reserve check) and waits until it is listed and not busy. */
  createNasVolumeSnapshotAndWait(
    params: Parameters<NasCreate>[0],
    options?: AndWaitOptions<NasVolumeSnapshot> & NasCreateOptions,
  ): Promise<NasVolumeSnapshot>;
};

/** Checks a call's parameters and options as the pipeline would, without sending anything. */
export type CallCheck = (operationId: string, params: unknown, options: unknown) => Promise<void>;

/**
 * Classic NAS with its guard and waiter. Both creates first validate their own parameters and
 * options, then check the snapshot reserve (the doc warns that overflowing it may delete older
 * snapshots) unless `acceptCapacityRisk` is set, then create.
 */
export function withNasGuardAndWaiter(methods: ClassicNasMethods, check: CallCheck): ClassicNasClient {
  const guarded =
    <P extends { nasVolumeInstanceNo: string }, R>(
      operationId: string,
      create: (params: P, options?: CallOptions) => Promise<R>,
    ) =>
    async (params: P, options?: NasCreateOptions): Promise<R> => {
      await check(operationId, params, options);
      const given = ownProperties(options ?? {});
      const { acceptCapacityRisk, ...callOptions } = given;
      if (acceptCapacityRisk !== undefined && typeof acceptCapacityRisk !== "boolean") {
        throw createValidationError({
          operation: operationId,
          path: "options.acceptCapacityRisk",
          rule: "type",
          expected: "boolean",
        });
      }
      if (!acceptCapacityRisk) {
        const { signal, timeoutMs } = given;
        await checkNasSnapshotCapacity(
          methods,
          { nasVolumeInstanceNo: params.nasVolumeInstanceNo },
          {
            ...(signal ? { signal } : {}),
            ...(timeoutMs ? { timeoutMs } : {}),
          },
        );
      }
      return create(params, callOptions);
    };
  const createNasVolumeSnapshot = guarded("createNasVolumeSnapshot", methods.createNasVolumeSnapshot);
  return {
    ...methods,
    createNasVolumeSnapshot,
    createNasVolumeSnapshotViaGet: guarded(
      "createNasVolumeSnapshotViaGet",
      methods.createNasVolumeSnapshotViaGet,
    ),
    async createNasVolumeSnapshotAndWait(params, options) {
      const { splitNasWaitOptions, waitForNasVolumeSnapshot } = await import("./nas-waiter");
      const { create, wait } = splitNasWaitOptions<NasCreateOptions>(
        "createNasVolumeSnapshotAndWait",
        options,
      );
      const created = await createNasVolumeSnapshot(params, create);
      if ((created.nasVolumeSnapshotList ?? []).length === 0)
        throw noSnapshotListed("createNasVolumeSnapshot");
      const nasVolumeSnapshotName = newestNasSnapshotName(created);
      return waitForNasVolumeSnapshot(
        methods,
        { nasVolumeInstanceNo: params.nasVolumeInstanceNo, nasVolumeSnapshotName },
        wait,
      );
    },
  };
}

/** A snapshot list, or an answer holding one (`createNasVolumeSnapshot`'s decoded result). */
export type NasSnapshotListLike =
  | readonly NasVolumeSnapshot[]
  | { readonly nasVolumeSnapshotList?: readonly NasVolumeSnapshot[] };

/**
 * The name of the most recently taken snapshot in a list: latest `createDate`, ties broken by the
 * greater name (on-demand names are `now.YYYYMMDD.HHmmss`). Use it on `createNasVolumeSnapshot`'s
 * answer, which lists every snapshot of the volume after the new one was taken, to learn the new
 * snapshot's name. The server's dates are compared with each other only, never with the local
 * clock, so clock skew cannot pick the wrong one; only a snapshot taken at the same moment by
 * someone else (e.g. the automatic schedule) could. An empty list is a `ValidationError`.
 */
export function newestNasSnapshotName(list: NasSnapshotListLike): string {
  const items = Array.isArray(list)
    ? list
    : ((list as { nasVolumeSnapshotList?: NasVolumeSnapshot[] })?.nasVolumeSnapshotList ?? []);
  let newest: { name: string; at: number } | undefined;
  for (const item of items as readonly NasVolumeSnapshot[]) {
    const candidate = { name: item.nasVolumeSnapshotName, at: parseNcpDate(item.createDate) };
    if (!newest || isLater(candidate, newest)) newest = candidate;
  }
  if (!newest) {
    throw createValidationError({
      operation: "newestNasSnapshotName",
      path: "nasVolumeSnapshotList",
      rule: "minItems",
      expected: 1,
    });
  }
  return newest.name;
}

function isLater(a: { name: string; at: number }, b: { name: string; at: number }): boolean {
  if (a.at !== b.at) return Number.isNaN(b.at) || a.at > b.at;
  return a.name > b.name;
}

/** `2024-04-03T16:43:47+0900` (NCP's offset has no colon) → epoch ms, or `NaN`. */
function parseNcpDate(text: string): number {
  return Date.parse(String(text).replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
}
