import {
  type BlockStorageSnapshotInstance,
  checkNasSnapshotCapacity,
  type NasVolumeSnapshot,
  newestNasSnapshotName,
  type SnapshotHistoryEntry,
  waitForBlockStorageSnapshot,
  waitForNasVolumeSnapshot,
  waitForSearchEngineSnapshot,
} from "../../waiters";
import { type AndWaitOptions, type NasCreateOptions, waiterOptions } from "../and-wait/and-wait-options";
import type { ClassicNasClient, SearchEngineClient, VserverClient } from "./ncloud-client-types";

type Method = (params: Record<string, unknown>, options?: object) => Promise<unknown>;
type Methods = Record<string, Method>;

/**
 * Classic NAS with its guard and waiter: both creates check the snapshot reserve first (the doc
 * warns that overflowing it may delete older snapshots) unless `acceptCapacityRisk` is set.
 */
export function withNasGuardAndWaiter(methods: Methods): ClassicNasClient {
  const guarded =
    (create: Method): Method =>
    async (params, options: NasCreateOptions = {}) => {
      if (!options.acceptCapacityRisk) {
        const { signal, timeoutMs } = options;
        await checkNasSnapshotCapacity(
          methods as never,
          { nasVolumeInstanceNo: String(params.nasVolumeInstanceNo ?? "") },
          {
            ...(signal ? { signal } : {}),
            ...(timeoutMs ? { timeoutMs } : {}),
          },
        );
      }
      const { acceptCapacityRisk: _accepted, ...callOptions } = options;
      return create(params, callOptions);
    };
  const createNasVolumeSnapshot = guarded(required(methods, "createNasVolumeSnapshot"));
  return {
    ...methods,
    createNasVolumeSnapshot,
    createNasVolumeSnapshotViaGet: guarded(required(methods, "createNasVolumeSnapshotViaGet")),
    async createNasVolumeSnapshotAndWait(
      params: Record<string, unknown>,
      options: AndWaitOptions<NasVolumeSnapshot> & NasCreateOptions = {},
    ) {
      const { wait: _wait, ...createOptions } = options;
      const created = await createNasVolumeSnapshot(params, createOptions);
      const nasVolumeSnapshotName = newestNasSnapshotName(created as never);
      return waitForNasVolumeSnapshot(
        methods as never,
        { nasVolumeInstanceNo: String(params.nasVolumeInstanceNo), nasVolumeSnapshotName },
        waiterOptions(options),
      );
    },
  } as unknown as ClassicNasClient;
}

/** VPC block storage with `createBlockStorageSnapshotInstanceAndWait` (INIT → CREAT). */
export function withBlockStorageWaiter(methods: Methods, regionCode: string | undefined): VserverClient {
  const create = required(methods, "createBlockStorageSnapshotInstance");
  return {
    ...methods,
    async createBlockStorageSnapshotInstanceAndWait(
      params: Record<string, unknown>,
      options: AndWaitOptions<BlockStorageSnapshotInstance> = {},
    ) {
      const { wait: _wait, ...createOptions } = options;
      const created = (await create(params, createOptions)) as {
        blockStorageSnapshotInstanceList?: { blockStorageSnapshotInstanceNo?: string }[];
      };
      const blockStorageSnapshotInstanceNo =
        created.blockStorageSnapshotInstanceList?.[0]?.blockStorageSnapshotInstanceNo ?? "";
      const region = (params.regionCode as string | undefined) ?? regionCode;
      return waitForBlockStorageSnapshot(
        methods as never,
        { blockStorageSnapshotInstanceNo, ...(region ? { regionCode: region } : {}) },
        waiterOptions(options),
      );
    },
  } as unknown as VserverClient;
}

/** Search Engine with `createSnapshotAndWait` (until the snapshot history shows the run finished). */
export function withSearchEngineWaiter(methods: Methods): SearchEngineClient {
  const create = required(methods, "createSnapshot");
  return {
    ...methods,
    async createSnapshotAndWait(
      params: Record<string, unknown>,
      options: AndWaitOptions<SnapshotHistoryEntry> = {},
    ) {
      const { wait: _wait, ...createOptions } = options;
      await create(params, createOptions);
      return waitForSearchEngineSnapshot(
        methods as never,
        {
          serviceGroupInstanceNo: String(params.serviceGroupInstanceNo),
          snapshotName: String(params.snapshotName),
          ...(params.apiRegion ? { apiRegion: params.apiRegion as never } : {}),
        },
        waiterOptions(options),
      );
    },
  } as unknown as SearchEngineClient;
}

function required(methods: Methods, name: string): Method {
  const method = methods[name];
  if (!method) throw new TypeError(`the generated API has no ${name}`);
  return method;
}
