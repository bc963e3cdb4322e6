import type { Route, Target } from "../target";
import { ncloudClient, ncloudExample, ncloudGateway } from "./ncloud-common";

const SPEC = "ncloud/vserver";

const ROUTES: Readonly<Record<string, Route>> = {
  "/vserver/v2/createBlockStorageSnapshotInstance": {
    operation: "createBlockStorageSnapshotInstance",
    role: "create",
  },
  "/vserver/v2/getBlockStorageSnapshotInstanceDetail": {
    operation: "getBlockStorageSnapshotInstanceDetail",
    role: "read",
  },
};

/** NAVER Cloud VPC block storage: the create answers INIT; the waiter reads the detail until CREAT. */
export const VSERVER: Target = {
  key: "vserver",
  label: "ncloud vserver create",
  createOperation: "createBlockStorageSnapshotInstance",
  pollOperation: "getBlockStorageSnapshotInstanceDetail",
  ...ncloudGateway(SPEC, "createBlockStorageSnapshotInstance"),
  route: (method, path) => (method === "POST" ? ROUTES[path] : undefined),
  answer(route, request, state) {
    if (route.role === "create") {
      state.created += 1;
      return ncloudExample(SPEC, route.operation, request, "providerDocSample");
    }
    return ncloudExample(SPEC, route.operation, request, "created");
  },
  calls(settings) {
    const { vserver } = ncloudClient(settings);
    const params = { originalBlockStorageInstanceNo: "20803168" };
    return {
      create: () => vserver.createBlockStorageSnapshotInstance(params),
      createAndWait: (wait, call) =>
        vserver.createBlockStorageSnapshotInstanceAndWait(params, { ...call, wait }),
    };
  },
};
