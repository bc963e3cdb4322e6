// What NAVER Cloud's answers mean, where its hosts are, and how its requests differ: error bodies
// (gateway, Server/VPC actions, Search Engine), the clock-skew rejection, the `…Response` root,
// the Accept header, and the sites' gateways (from the specs' `servers`).

import { classicNas, searchEngine, vserver } from "@cloudsnap/ncloud/metadata";
import { DecodeError } from "../../core/errors";
import { asRecord, asText, type ProviderErrorDetails } from "../../core/http-errors";
import type { OperationMetadata, ServerMetadata } from "../../core/metadata";
import { hasField, type ProviderRules } from "../../core/provider";
import type { AnswerLike } from "../../core/signing";

/** The API Gateway refuses timestamps more than 5 minutes from its clock (providers.md §1.2). */
export const NCLOUD_CLOCK_WINDOW_MS = 5 * 60_000;

/** A NAVER Cloud site: the public cloud, the government cloud or the financial cloud. */
export type NcloudSite = "public" | "gov" | "fin";

/** The sites, and how their gateway hosts end (providers.md §1.1). */
const SITE_SUFFIX: Readonly<Record<NcloudSite, string>> = {
  public: ".apigw.ntruss.com",
  gov: ".apigw.gov-ntruss.com",
  fin: ".apigw.fin-ntruss.com",
};

/** Whether a value names a site. */
export function isNcloudSite(value: unknown): value is NcloudSite {
  return typeof value === "string" && Object.hasOwn(SITE_SUFFIX, value);
}

/** The NAVER Cloud APIs cloudsnap calls, by their client group name. */
export type NcloudApiName = "classicNas" | "vserver" | "searchEngine";

const SERVERS: Readonly<Record<NcloudApiName, readonly ServerMetadata[]>> = {
  classicNas: classicNas.SERVERS,
  vserver: vserver.SERVERS,
  searchEngine: searchEngine.SERVERS,
};

/**
 * The origin of an API on a site, as its spec's `servers` list it; `undefined` when the spec lists
 * none there (Classic NAS on the financial site is undocumented, so it has no default host).
 */
export function ncloudOrigin(api: NcloudApiName, site: NcloudSite): string | undefined {
  return SERVERS[api].find((server) => new URL(server.url).host.endsWith(SITE_SUFFIX[site]))?.url;
}

/**
 * NCP error bodies (providers.md §1.4, §8.2, §8.3), JSON or XML decoded to the same object:
 * - API Gateway: `{"error":{"errorCode","message","requestId"?}}`
 * - Server / VPC Server / NAS: `{"responseError":{"returnCode","returnMessage"}}`, or an
 *   action wrapper `{"<action>Response":{"returnCode"≠"0","returnMessage","requestId"}}`
 * - Search Engine envelope: `{"code"≠0,"message","requestId"}`
 * A body that reached us as undecoded XML text is read for the same elements.
 */
export function extractNcloudError(body: unknown): ProviderErrorDetails {
  if (typeof body === "string") return extractNcloudXmlText(body);
  const root = asRecord(body);
  if (root === undefined) return {};
  const gateway = asRecord(root.error);
  if (gateway !== undefined) {
    return {
      code: asText(gateway.errorCode),
      message: asText(gateway.message),
      requestId: asText(gateway.requestId) ?? asText(root.requestId),
    };
  }
  const service = asRecord(root.responseError) ?? failedActionResponse(root);
  if (service !== undefined) {
    return {
      code: asText(service.returnCode),
      message: asText(service.returnMessage),
      requestId: asText(service.requestId) ?? asText(root.requestId),
    };
  }
  const code = asText(root.code);
  const failed = code !== undefined && code !== "0";
  return {
    code: failed ? code : undefined,
    message: failed ? asText(root.message) : undefined,
    requestId: asText(root.requestId),
  };
}

/** `{"createXResponse":{"returnCode":"1007009",…}}`: a wrapper whose return code is not success. */
function failedActionResponse(root: Record<string, unknown>): Record<string, unknown> | undefined {
  for (const [key, value] of Object.entries(root)) {
    const inner = asRecord(value);
    if (!key.endsWith("Response") || inner === undefined) continue;
    const code = asText(inner.returnCode);
    if (code !== undefined && code !== "0") return inner;
  }
  return undefined;
}

/** NCP XML error text that reached us undecoded: `<returnCode>800</returnCode>…`. */
export function extractNcloudXmlText(text: string): ProviderErrorDetails {
  const tag = (name: string): string | undefined =>
    asText(new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1]);
  return {
    code: tag("returnCode") ?? tag("errorCode"),
    message: tag("returnMessage") ?? tag("message"),
    requestId: tag("requestId"),
  };
}

/**
 * The gateway's 401 "Authentication Failed" (errorCode 200): what a stale timestamp gets, as does a
 * bad signature; only the response's `Date` tells them apart (no distinct code is documented, §8.2).
 */
export function isNcloudClockRejection(response: AnswerLike): boolean {
  if (response.status !== 401) return false;
  let body: unknown = response.text;
  try {
    body = JSON.parse(response.text);
  } catch {
    // XML or text: read as it is.
  }
  return extractNcloudError(body).code === "200";
}

/**
 * NCP picks the format from `responseFormatType` (XML when absent); ask for the same media type, so
 * a proxy or mock that negotiates on `Accept` agrees with the real gateway.
 */
export function ncloudAccept(
  operation: OperationMetadata,
  params: Record<string, unknown>,
): Record<string, string> {
  if (!hasField(operation, "responseFormatType")) return { Accept: "application/json" };
  return { Accept: params.responseFormatType === "json" ? "application/json" : "application/xml" };
}

/** Removes NCP's single `…Response` root (`{ createNasVolumeSnapshotResponse: {…} }` → `{…}`). */
export function unwrapResponseRoot(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1 || !keys[0]?.endsWith("Response")) return value;
  return (value as Record<string, unknown>)[keys[0]];
}

/** NAVER Cloud's rules, as the core reads them: 429 (gateway codes 400/410/420) is the core's own rule. */
/**
 * Search Engine answers `{ code, message, result }`; a non-zero `code` is a failure even on HTTP 200
 * (its docs point to NAVER Cloud's common codes; a 200 with a failure code is UNCONFIRMED, so the
 * safe reading is taken: never a success).
 */
export function rejectServiceFailure(value: unknown): unknown {
  const envelope = value as { code?: unknown; message?: unknown } | null;
  if (
    typeof envelope === "object" &&
    envelope !== null &&
    envelope.code !== undefined &&
    envelope.code !== 0
  ) {
    const message =
      typeof envelope.message === "string" && envelope.message ? ` (${envelope.message.slice(0, 200)})` : "";
    throw new Error(`the service answered code ${String(envelope.code).slice(0, 20)}${message} instead of 0`);
  }
  return value;
}

export const NCLOUD_RULES: ProviderRules = {
  provider: "ncloud",
  extractError: extractNcloudError,
};

/** A create's answer that lists no snapshot: the create may still have run, so never a `ValidationError`. */
export function noSnapshotListed(operation: string): DecodeError {
  return new DecodeError(`${operation}: the answer lists no snapshot; the create may have been received`, {
    operation,
  });
}
