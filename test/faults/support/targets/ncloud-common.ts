import { createNcloudClient, type NcloudClient } from "cloudsnap";
import { bodyText, specErrorAnswer } from "../answers";
import { requireExample, type SpecName } from "../spec-examples";
import type { Answer, ClientSettings, Incoming, Target } from "../target";

/** The canary secret key of every NAVER Cloud client under test: it must never show in an error. */
export const NCLOUD_CANARY = "CANARY-ncloud-secret-4f1c9b2e7a";

/** The API Gateway accepts timestamps up to 5 minutes off (providers.md §1.2). */
const NCLOUD_WINDOW_MS = 5 * 60_000;

/** A NAVER Cloud client on the fault server. */
export function ncloudClient(settings: ClientSettings): NcloudClient {
  return createNcloudClient({
    credentials: { accessKey: "NCPFAULTACCESSKEY01", secretKey: NCLOUD_CANARY },
    endpoint: settings.origin,
    fetch: settings.fetch,
    ...settings.reliability,
  });
}

/** A spec example in the form the request asked for: JSON on `Accept: application/json`, else XML. */
export function ncloudExample(
  spec: SpecName,
  operation: string,
  request: Incoming,
  name: string,
  edit: (value: unknown) => unknown = (value) => value,
): Answer {
  const json = /json/.test(String(request.headers.accept ?? ""));
  const example = requireExample(spec, operation, 200, {
    mediaType: json ? "application/json" : "application/xml",
    name,
  });
  return {
    status: 200,
    headers: { "content-type": example.contentType },
    body: bodyText(json ? edit(example.value) : example.value),
  };
}

/** What every NAVER Cloud gateway API shares: signature timestamp, skew rejection, error bodies. */
export function ncloudGateway(
  spec: SpecName,
  createOperation: string,
): Pick<
  Target,
  "provider" | "spec" | "skewWindowMs" | "canary" | "skewRejection" | "errorAnswer" | "signedAt" | "identity"
> {
  return {
    provider: "ncloud",
    spec,
    skewWindowMs: NCLOUD_WINDOW_MS,
    canary: NCLOUD_CANARY,
    // The gateway's 401 errorCode 200 "Authentication Failed" is what a stale timestamp gets.
    skewRejection: () => {
      const example = requireExample(spec, createOperation, 401, {
        mediaType: "application/json",
        name: "authenticationFailed",
      });
      return { status: 401, headers: { "content-type": example.contentType }, body: bodyText(example.value) };
    },
    errorAnswer: (route, status, echo) => specErrorAnswer(spec, route.operation, status, echo),
    signedAt: (request) => {
      const value = Number(request.headers["x-ncp-apigw-timestamp"]);
      return Number.isFinite(value) ? value : undefined;
    },
    identity: () => undefined,
  };
}
