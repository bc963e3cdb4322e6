import { createHuaweiCloudClient } from "cloudsnap";
import { bodyText, specErrorAnswer } from "../answers";
import { requireExample } from "../spec-examples";
import type { Answer, Route, Target } from "../target";

const SPEC = "huaweicloud/evs";
const PROJECT = "0123456789abcdef0123456789abcdef";

/** The canary secret key of every Huawei Cloud client under test. */
export const HUAWEI_CANARY = "CANARY-huawei-secret-8d3e60b1c5";

/** A spec example of `operation`'s `status` answer. */
export function evsExample(operation: string, status: number, name: string): Answer {
  const { contentType, value } = requireExample(SPEC, operation, status, { name });
  return { status, headers: { "content-type": contentType }, body: bodyText(value) };
}

/** `X-Sdk-Date` (`YYYYMMDDTHHMMSSZ`, UTC) as epoch milliseconds. */
function parseSdkDate(value: string | undefined): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? "");
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s);
}

/**
 * Huawei Cloud EVS: the create answers 202 with a job; the waiter polls the job (v1 path) until
 * SUCCESS, then the snapshot until `available`.
 */
export const EVS: Target = {
  key: "evs",
  label: "huaweicloud evs create",
  provider: "huaweicloud",
  spec: SPEC,
  createOperation: "createSnapshot",
  pollOperation: "showJob",
  skewWindowMs: 15 * 60_000,
  canary: HUAWEI_CANARY,
  route(method, path): Route | undefined {
    if (method === "POST" && path === `/v5/${PROJECT}/snapshots`)
      return { operation: "createSnapshot", role: "create" };
    if (method !== "GET") return undefined;
    if (path.startsWith(`/v1/${PROJECT}/jobs/`)) return { operation: "showJob", role: "read" };
    if (path.startsWith(`/v2/${PROJECT}/jobs/`)) return { operation: "showJobV2", role: "read" };
    if (path.startsWith(`/v5/${PROJECT}/snapshots/`)) return { operation: "showSnapshot", role: "read" };
    return undefined;
  },
  answer(route, _request, state) {
    if (route.role === "create") {
      state.created += 1;
      return evsExample("createSnapshot", 202, "accepted");
    }
    if (route.operation === "showSnapshot") return evsExample("showSnapshot", 200, "available");
    return evsExample(route.operation, 200, "succeeded");
  },
  errorAnswer: (route, status, echo) => specErrorAnswer(SPEC, route.operation, status, echo),
  // API Gateway's 401 APIGW.0301 is what a stale X-Sdk-Date gets (the same as a wrong signature).
  skewRejection: () => evsExample("createSnapshot", 401, "signatureFailed"),
  signedAt: (request) => parseSdkDate(request.headers["x-sdk-date"] as string | undefined),
  identity: () => undefined,
  calls(settings) {
    const { evs } = createHuaweiCloudClient({
      credentials: { accessKey: "HWFAULTACCESSKEY0001", secretKey: HUAWEI_CANARY },
      projectId: PROJECT,
      endpoint: settings.origin,
      fetch: settings.fetch,
      ...settings.reliability,
    });
    const params = { snapshot: { volume_id: "2c194dde-7de5-4529-a141-49f48181f411", name: "fault-test" } };
    return {
      create: () => evs.createSnapshot(params),
      createAndWait: (wait, call) => evs.createSnapshotAndWait(params, { ...call, wait }),
    };
  },
};
