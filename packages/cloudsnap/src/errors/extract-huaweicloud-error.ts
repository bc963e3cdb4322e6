import type { HeadersLike } from "../redact/redact-headers";
import { asRecord, asText } from "./body-fields";
import type { ProviderErrorDetails } from "./provider-error-details";
import { readHeader } from "./read-header";

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
