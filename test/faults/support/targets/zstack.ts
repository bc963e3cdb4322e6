import { randomUUID } from "node:crypto";
import { createZStackClient } from "cloudsnap";
import { bodyText, specErrorAnswer } from "../answers";
import { requireExample } from "../spec-examples";
import { type Answer, jsonAnswer, proxyText, type Route, type Target } from "../target";

const SPEC = "zstack/volume-snapshots";
const VOLUME = "e60a0fb0b75743c1b0fcb017e31db043";

/** The canary AccessKey secret of every ZStack client under test. */
export const ZSTACK_CANARY = "CANARY-zstack-secret-2b7f94d0e1";

/** A spec example of `operation`'s `status` answer. */
export function zstackExample(operation: string, status: number, name: string): Answer {
  const { contentType, value } = requireExample(SPEC, operation, status, { name });
  return { status, headers: { "content-type": contentType }, body: bodyText(value) };
}

/**
 * ZStack: the create answers 202 with a job named by its `X-Job-UUID` (a second create with the
 * same id is refused as a duplicate, as the management node does), and the facade polls the job
 * until it answers 200 with the inventory.
 */
export const ZSTACK: Target = {
  key: "zstack",
  label: "zstack volumeSnapshots create",
  provider: "zstack",
  spec: SPEC,
  createOperation: "createVolumeSnapshot",
  pollOperation: "getApiJob",
  skewWindowMs: 15 * 60_000,
  canary: ZSTACK_CANARY,
  route(method, path): Route | undefined {
    if (method === "POST" && path === `/zstack/v1/volumes/${VOLUME}/volume-snapshots`)
      return { operation: "createVolumeSnapshot", role: "create" };
    if (method === "GET" && /^\/zstack\/v1\/api-jobs\/[0-9a-f]{32}$/.test(path))
      return { operation: "getApiJob", role: "read" };
    return undefined;
  },
  answer(route, request, state) {
    if (route.role === "create") {
      const job = ZSTACK.identity(request) ?? randomUUID().replaceAll("-", "");
      if (state.jobs.has(job)) {
        return { status: 400, headers: { "content-type": "text/plain" }, body: `Duplicate job uuid[${job}]` };
      }
      state.jobs.add(job);
      state.created += 1;
      const accepted = requireExample(SPEC, route.operation, 202, { name: "accepted" }).value as object;
      return jsonAnswer(202, { ...accepted, location: `http://10.0.0.5:8080/zstack/v1/api-jobs/${job}` });
    }
    const job = request.path.split("/").at(-1) ?? "";
    return state.jobs.has(job)
      ? zstackExample("getApiJob", 200, "snapshotCreated")
      : zstackExample("getApiJob", 404, "jobExpired");
  },
  errorAnswer(route, status, echo) {
    // getApiJob's own 503 (the error envelope) means "the job failed", a case of its own; a 503
    // on a poll here is an overloaded node or proxy, answering in text.
    if (route.operation === "getApiJob" && status === 503) return proxyText(status, echo);
    return specErrorAnswer(SPEC, route.operation, status, echo);
  },
  skewRejection: () => zstackExample("createVolumeSnapshot", 403, "requestTimeTooSkewed"),
  signedAt(request) {
    const date = String(request.headers.date ?? "");
    const at = Date.parse(date.replace(/ GMT([+-]\d{2}):?(\d{2})$/, " GMT$1$2"));
    return Number.isNaN(at) ? undefined : at;
  },
  identity: (request) => request.headers["x-job-uuid"] as string | undefined,
  calls(settings) {
    const { volumeSnapshots } = createZStackClient({
      credentials: { accessKeyId: "ZSFAULTACCESSKEY01", accessKeySecret: ZSTACK_CANARY },
      endpoint: settings.origin,
      timeZone: "UTC",
      fetch: settings.fetch,
      ...settings.reliability,
    });
    const params = { volumeUuid: VOLUME, params: { name: "fault-test" } };
    return {
      create: () => volumeSnapshots.createVolumeSnapshot(params, settings.wait),
      // The create follows its job itself: the wait settings and the call options are one object.
      createAndWait: (wait, call) =>
        volumeSnapshots.createVolumeSnapshotAndWait(params, { ...wait, ...call }),
    };
  },
};
