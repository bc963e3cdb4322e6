import type { Route, Target } from "../target";
import { ncloudClient, ncloudExample, ncloudGateway } from "./ncloud-common";

const SPEC = "ncloud/classic-nas";
const VOLUME = "23420000";

const ROUTES: Readonly<Record<string, Route>> = {
  "/server/v2/createNasVolumeSnapshot": { operation: "createNasVolumeSnapshot", role: "create" },
  "/server/v2/getNasVolumeSnapshotList": { operation: "getNasVolumeSnapshotList", role: "read" },
  "/server/v2/getNasVolumeInstanceList": { operation: "getNasVolumeInstanceList", role: "read" },
};

type SnapshotList = { getNasVolumeSnapshotListResponse: { nasVolumeSnapshotList: { isBusy: boolean }[] } };

/**
 * NAVER Cloud Classic NAS: the create runs after the capacity guard's two reads (volume, then its
 * snapshots); the waiter lists the snapshots until the new one is not busy.
 */
export const NAS: Target = {
  key: "nas",
  label: "ncloud classicNas create",
  createOperation: "createNasVolumeSnapshot",
  pollOperation: "getNasVolumeSnapshotList",
  ...ncloudGateway(SPEC, "createNasVolumeSnapshot"),
  route: (method, path) => (method === "POST" ? ROUTES[path] : undefined),
  answer(route, request, state) {
    if (route.role === "create") {
      state.created += 1;
      return ncloudExample(SPEC, route.operation, request, "providerDocSample");
    }
    if (route.operation === "getNasVolumeInstanceList") {
      return ncloudExample(SPEC, route.operation, request, "oneVolumeWithReserve");
    }
    // Before the create this is the guard's read (the spec's list, newest busy); after it, the
    // waiter's, by then with every snapshot settled.
    return ncloudExample(SPEC, route.operation, request, "threeSnapshots", (value) => {
      if (state.created === 0) return value;
      for (const item of (value as SnapshotList).getNasVolumeSnapshotListResponse.nasVolumeSnapshotList)
        item.isBusy = false;
      return value;
    });
  },
  lastReadBeforeCreate: "getNasVolumeSnapshotList",
  calls(settings) {
    const { classicNas } = ncloudClient(settings);
    return {
      create: () => classicNas.createNasVolumeSnapshot({ nasVolumeInstanceNo: VOLUME }),
      createAndWait: (wait, call) =>
        classicNas.createNasVolumeSnapshotAndWait({ nasVolumeInstanceNo: VOLUME }, { ...call, wait }),
    };
  },
};
