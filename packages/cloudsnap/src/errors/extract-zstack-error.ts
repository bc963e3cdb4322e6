import { asRecord, asText } from "./body-fields";
import type { ProviderErrorDetails } from "./provider-error-details";

/**
 * ZStack error bodies (providers.md §6.6, §8.4): `{"error":{"code","description","details",…}}`.
 * `description` is the generic text for the code, `details` the specific cause; both are kept.
 * Plain-text bodies ("the job has been expired") are handled by the caller.
 */
export function extractZStackError(body: unknown): ProviderErrorDetails {
  const error = asRecord(asRecord(body)?.error);
  if (error === undefined) return {};
  const description = asText(error.description);
  const details = asText(error.details);
  const message =
    description !== undefined && details !== undefined && description !== details
      ? `${description}: ${details}`
      : (details ?? description);
  return { code: asText(error.code) ?? asText(error.globalErrorCode), message };
}
