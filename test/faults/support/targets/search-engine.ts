import { bodyText } from "../answers";
import { requireExample } from "../spec-examples";
import type { Answer, Target } from "../target";
import { ncloudClient, ncloudGateway } from "./ncloud-common";

const SPEC = "ncloud/search-engine";
const CLUSTER = "1037123";

function example(operation: string, name: string): Answer {
  const { contentType, value } = requireExample(SPEC, operation, 200, { name });
  return { status: 200, headers: { "content-type": contentType }, body: bodyText(value) };
}

/** NAVER Cloud Search Engine: the create starts a run; the waiter reads the history until it ends. */
export const SEARCH_ENGINE: Target = {
  key: "search-engine",
  label: "ncloud searchEngine create",
  createOperation: "createSnapshot",
  pollOperation: "getSnapshotHistory",
  ...ncloudGateway(SPEC, "createSnapshot"),
  route(method, path) {
    if (method === "POST" && path === `/api/v2/snapshot/createSnapshot/${CLUSTER}`)
      return { operation: "createSnapshot", role: "create" };
    if (method === "GET" && path === `/api/v2/snapshot/getSnapshotHistory/${CLUSTER}`)
      return { operation: "getSnapshotHistory", role: "read" };
    return undefined;
  },
  answer(route, _request, state) {
    if (route.role === "create") {
      state.created += 1;
      return example("createSnapshot", "seed");
    }
    return example("getSnapshotHistory", "onePage");
  },
  calls(settings) {
    const { searchEngine } = ncloudClient(settings);
    const params = {
      serviceGroupInstanceNo: CLUSTER,
      snapshotName: "my-test-snapshot",
      bucketName: "estest",
    };
    return {
      create: () => searchEngine.createSnapshot(params),
      createAndWait: (wait, call) => searchEngine.createSnapshotAndWait(params, { ...call, wait }),
    };
  },
};
