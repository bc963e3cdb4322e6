import { asRecord, asText } from "./body-fields";
import type { ProviderErrorDetails } from "./provider-error-details";

/**
 * NCP error bodies (providers.md §1.4, §8.2, §8.3), JSON or XML decoded to the same object:
 * - API Gateway: `{"error":{"errorCode","message","requestId"?}}`
 * - Server / VPC Server / NAS: `{"responseError":{"returnCode","returnMessage"}}`, or an
 *   action wrapper `{"<action>Response":{"returnCode"≠"0","returnMessage","requestId"}}`
 * - Search Engine envelope: `{"code"≠0,"message","requestId"}`
 */
export function extractNcloudError(body: unknown): ProviderErrorDetails {
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
