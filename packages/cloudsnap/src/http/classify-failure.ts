import { type HttpError, isHttpError, isNetworkError, isTimeoutError } from "../errors";

/**
 * What a failed attempt proves about the server:
 * - `refused`: nothing ran (connection refused or host not found before sending; throttled);
 * - `busy`: refused because the resource is busy (Huawei `EVS.2409`), worth a longer wait;
 * - `maybe-ran`: the request may have been received (timeout, dropped connection, retryable 5xx);
 * - `undefined`: not worth another try (a client error, a decode error, the overall deadline, …).
 */
export type FailureKind = "refused" | "busy" | "maybe-ran" | undefined;

/** Huawei API Gateway's throttling codes (older gateways say APIG, newer APIGW). */
const HUAWEI_THROTTLING = new Set(["APIGW.0308", "APIG.0308"]);

/**
 * Classifies an attempt's failure. Only failures of `operationId`'s own request count: a failed
 * login or token fetch inside an attempt was already retried by its own call.
 */
export function classifyFailure(
  error: unknown,
  operationId: string,
  retryableStatuses: readonly number[],
): FailureKind {
  if (isNetworkError(error)) {
    if (error.operation !== operationId) return undefined;
    return error.maybeSent ? "maybe-ran" : "refused";
  }
  if (isTimeoutError(error)) {
    return error.operation === operationId && error.deadline === "attempt" ? "maybe-ran" : undefined;
  }
  if (!isHttpError(error) || error.operation !== operationId) return undefined;
  if (isResourceBusy(error)) return "busy";
  if (isThrottled(error)) return retryableStatuses.includes(429) ? "refused" : undefined;
  if (isZStackApiFailure(error)) return undefined;
  return retryableStatuses.includes(error.status) ? "maybe-ran" : undefined;
}

/** 429 from any provider (NCP's gateway codes 400/410/420 all come as 429), or Huawei's APIG code. */
export function isThrottled(error: HttpError): boolean {
  return (
    error.status === 429 ||
    (error.provider === "huaweicloud" && error.code !== undefined && HUAWEI_THROTTLING.has(error.code))
  );
}

/** Huawei EVS 409 `EVS.2409`: another snapshot is being created on this volume (providers.md §8.1). */
export function isResourceBusy(error: HttpError): boolean {
  return error.provider === "huaweicloud" && error.status === 409 && error.code === "EVS.2409";
}

/**
 * ZStack reports every failed API (a failed job, a bad query, an expired session) as 503 with an
 * `{"error":{"code":…}}` body (providers.md §6.3): an answer, not an unavailable server, so another
 * try would fail the same way.
 */
function isZStackApiFailure(error: HttpError): boolean {
  return error.provider === "zstack" && error.status === 503 && error.code !== undefined;
}
