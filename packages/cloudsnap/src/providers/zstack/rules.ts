// What a ZStack management node's answers mean: error bodies, the plain-text clock-skew refusal, the
// expired session, and failed APIs answered 503; and where the node is (the spec's server template).

import { volumeSnapshots } from "@cloudsnap/zstack/metadata";
import { asRecord, asText, type HttpError, type ProviderErrorDetails } from "../../core/http-errors";
import type { ProviderRules } from "../../core/provider";
import type { AnswerKind } from "../../core/retry";
import type { AnswerLike } from "../../core/signing";

/** The management node refuses a `Date` more than 15 minutes from its clock (providers.md §6.5). */
export const ZSTACK_CLOCK_WINDOW_MS = 15 * 60_000;

/** The error code of an invalid or expired session (providers.md §6.3). */
export const SESSION_EXPIRED_CODE = "ID.1001";

const SERVER = volumeSnapshots.SERVERS[0];
/** Management node host and port the spec's server template defaults to (SDKs and Terraform: 8080). */
export const DEFAULT_ZSTACK_HOST = SERVER?.variables?.host?.default ?? "localhost";
export const DEFAULT_ZSTACK_PORT = Number(SERVER?.variables?.port?.default ?? 8080);

/**
 * ZStack error bodies (providers.md §6.6, §8.4): `{"error":{"code","description","details",…}}`.
 * `description` is the generic text for the code, `details` the specific cause; both are kept.
 * Plain-text bodies ("the job has been expired") become the message by the core's rule.
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

/**
 * ZStack reports every failed API (a failed job, a bad query, an expired session) as 503 with an
 * `{"error":{"code":…}}` body (providers.md §6.3): an answer, not an unavailable server, so another
 * try would fail the same way.
 */
export function classifyZStackAnswer(error: HttpError): AnswerKind {
  return error.status === 503 && error.code !== undefined ? "final" : undefined;
}

/** ZStack's plain-text 403 `requestTimeTooSkewed` (RestServer, providers.md §6.5). */
export function isZStackClockRejection(response: AnswerLike): boolean {
  return response.status === 403 && response.text.includes("requestTimeTooSkewed");
}

/** An invalid or expired session: 503 with error code `ID.1001`, or 401 from a proxy in front. */
export function isZStackSessionExpiry(response: AnswerLike): boolean {
  return (
    response.status === 401 ||
    (response.status === 503 && response.text.includes(`"${SESSION_EXPIRED_CODE}"`))
  );
}

/** ZStack's rules, as the core reads them. */
export const ZSTACK_RULES: ProviderRules = {
  provider: "zstack",
  extractError: extractZStackError,
  classifyAnswer: classifyZStackAnswer,
};
