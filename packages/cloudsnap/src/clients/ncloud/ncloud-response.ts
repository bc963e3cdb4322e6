import type { OperationMetadata } from "@cloudsnap/ncloud";
import { hasField } from "../../http/operation-fields";

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
