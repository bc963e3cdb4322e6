import type { HeadersLike } from "../redact/redact-headers";
import { parseJsonText } from "./body-fields";
import { MAX_PROVIDER_MESSAGE } from "./constants";
import { extractHuaweiCloudError } from "./extract-huaweicloud-error";
import { extractNcloudError, extractNcloudXmlText } from "./extract-ncloud-error";
import { extractZStackError } from "./extract-zstack-error";
import type { Provider } from "./http-error";
import type { ProviderErrorDetails } from "./provider-error-details";

/**
 * The provider's own error code, message and request id, from a decoded body (or its text) and
 * the response headers. Pure; fields the provider did not send are left out.
 */
export function extractProviderError(
  provider: Provider,
  body: unknown,
  headers?: HeadersLike,
): ProviderErrorDetails {
  const decoded = parseJsonText(body);
  const details = byProvider(provider, decoded, headers);
  if (details.message === undefined && typeof decoded === "string") {
    details.message = plainTextMessage(decoded);
  }
  return Object.fromEntries(
    Object.entries(details).filter(([, value]) => value !== undefined),
  ) as ProviderErrorDetails;
}

function byProvider(provider: Provider, body: unknown, headers?: HeadersLike): ProviderErrorDetails {
  switch (provider) {
    case "ncloud":
      return typeof body === "string" ? extractNcloudXmlText(body) : extractNcloudError(body);
    case "huaweicloud":
      return extractHuaweiCloudError(body, headers);
    case "zstack":
      return extractZStackError(body);
  }
}

/** A plain-text body is the message (ZStack: "the job has been expired"); markup is not. */
function plainTextMessage(text: string): string | undefined {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat === "" || flat.startsWith("<")) return undefined;
  return flat.length > MAX_PROVIDER_MESSAGE ? `${flat.slice(0, MAX_PROVIDER_MESSAGE - 1)}…` : flat;
}
