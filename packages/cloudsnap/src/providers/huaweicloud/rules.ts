// What Huawei Cloud's answers mean: error bodies, throttling and busy codes, clock-skew and expired
// token rejections, and where its hosts are (from the specs' `servers`).

import { evs } from "@cloudsnap/huaweicloud/metadata";
import {
  asRecord,
  asText,
  type HttpError,
  type ProviderErrorDetails,
  readHeader,
} from "../../core/http-errors";
import type { ServerMetadata } from "../../core/metadata";
import type { ProviderRules } from "../../core/provider";
import type { HeadersLike } from "../../core/redact";
import type { AnswerKind } from "../../core/retry";
import type { AnswerLike } from "../../core/signing";

/** API Gateway refuses an `X-Sdk-Date` more than 15 minutes from its clock (providers.md §5.4). */
export const HUAWEICLOUD_CLOCK_WINDOW_MS = 15 * 60_000;
/** Renew an IAM token this long before it expires, so a call never starts with a dying token. */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;

/** API Gateway's throttling codes, "over ratelimit" (older gateways say APIG, newer APIGW; §9). */
const THROTTLING = new Set(["APIGW.0308", "APIG.0308"]);
/** API Gateway's "Incorrect IAM authentication information" codes (§5.4). */
const AUTH_FAILED = new Set(["APIGW.0301", "APIG.0301"]);

/** The default region of the specs' servers (`cn-north-4`). */
export const DEFAULT_HUAWEICLOUD_REGION = serverDefault(evs.SERVERS[0], "region") ?? "cn-north-4";

/** EVS origin for a region, from specs/huaweicloud/evs.yaml's server template. */
export function evsOrigin(region: string): string {
  return fillServer(evs.SERVERS[0], { region });
}

/** A server template with its variables filled in (each one's default when not given). */
export function fillServer(server: ServerMetadata | undefined, values: Record<string, string>): string {
  if (server === undefined) throw new Error("the spec declares no server");
  return server.url.replace(
    /\{(\w+)\}/g,
    (_, name: string) => values[name] ?? serverDefault(server, name) ?? "",
  );
}

function serverDefault(server: ServerMetadata | undefined, name: string): string | undefined {
  return server?.variables?.[name]?.default;
}

/**
 * Huawei Cloud error bodies (providers.md §5.6): service `{"error":{"code","message"}}`, API
 * Gateway `{"error_code","error_msg","request_id"}`, legacy OpenStack-style
 * `{"badRequest":{"code","message"}}`. The request id also comes in the `X-Request-Id` header.
 */
export function extractHuaweiCloudError(body: unknown, headers?: HeadersLike): ProviderErrorDetails {
  const root = asRecord(body) ?? {};
  const headerId = asText(readHeader(headers, "x-request-id"));
  const service = asRecord(root.error) ?? openStackFault(root);
  if (service !== undefined) {
    return {
      code: asText(service.code) ?? asText(root.error_code),
      message: asText(service.message) ?? asText(root.error_msg),
      requestId: asText(service.request_id) ?? asText(root.request_id) ?? headerId,
    };
  }
  return {
    code: asText(root.error_code),
    message: asText(root.error_msg),
    requestId: asText(root.request_id) ?? headerId,
  };
}

/** `{"itemNotFound":{"message":"…","code":404}}`: one key holding an object with a message. */
function openStackFault(root: Record<string, unknown>): Record<string, unknown> | undefined {
  const keys = Object.keys(root);
  if (keys.length !== 1 || keys[0] === undefined) return undefined;
  const inner = asRecord(root[keys[0]]);
  return inner !== undefined && asText(inner.message) !== undefined ? inner : undefined;
}

/**
 * Throttling (`APIGW.0308`, any status) is a refusal; 409 `EVS.2409` means another snapshot of the
 * same volume is being created (providers.md §8.1): a refusal worth a longer wait.
 */
export function classifyHuaweiCloudAnswer(error: HttpError): AnswerKind {
  if (error.status === 409 && error.code === "EVS.2409") return "busy";
  if (error.code !== undefined && THROTTLING.has(error.code)) return "refused";
  return undefined;
}

/**
 * 401 `APIGW.0301` ("verify aksk signature fail"): the gateway's answer to a stale `X-Sdk-Date` and
 * to a wrong signature alike; the response's `Date` tells them apart.
 */
export function isHuaweiCloudClockRejection(response: AnswerLike): boolean {
  const { code } = extractHuaweiCloudError(parseJson(response.text), response.headers);
  return response.status === 401 && code !== undefined && AUTH_FAILED.has(code);
}

/** 401 saying the IAM token expired or must be renewed (providers.md §5.5). */
export function isHuaweiCloudTokenExpiry(response: AnswerLike): boolean {
  return response.status === 401 && /token (expires|must be updated)|expired/i.test(response.text);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Huawei Cloud's rules, as the core reads them. */
export const HUAWEICLOUD_RULES: ProviderRules = {
  provider: "huaweicloud",
  extractError: extractHuaweiCloudError,
  classifyAnswer: classifyHuaweiCloudAnswer,
  networkHint: (code, host) => {
    const region = /^[a-z]+\.([a-z0-9-]+)\.myhuaweicloud\./.exec(host)?.[1];
    return code === "ENOTFOUND" && region !== undefined
      ? `the region "${region}" may be wrong: Huawei Cloud hosts are named by region (set region, or endpoint)`
      : undefined;
  },
};
