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
    // A real gateway answers about the snapshot asked for: the example's, under the requested number.
    const asked = new URLSearchParams(request.body).get("blockStorageSnapshotInstanceNo");
    return ncloudExample(SPEC, route.operation, request, "created", (value) => withNumber(value, asked));
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

/** The detail example with its snapshot renumbered to the one the request asked for. */
function withNumber(value: unknown, asked: string | null): unknown {
  const root = value as {
    getBlockStorageSnapshotInstanceDetailResponse?: { blockStorageSnapshotInstanceList?: object[] };
  };
  const list = root.getBlockStorageSnapshotInstanceDetailResponse?.blockStorageSnapshotInstanceList;
  if (asked === null || list === undefined) return value;
  return {
    getBlockStorageSnapshotInstanceDetailResponse: {
      ...root.getBlockStorageSnapshotInstanceDetailResponse,
      blockStorageSnapshotInstanceList: list.map((item) => ({
        ...item,
        blockStorageSnapshotInstanceNo: asked,
      })),
    },
  };
}
