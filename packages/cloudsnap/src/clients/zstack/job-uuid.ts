import type { OperationMetadata } from "@cloudsnap/zstack";
import { createValidationError, isBadRequestError } from "../../errors";
import { hasField } from "../../http/operation-fields";

/** The header naming a ZStack job by a client-chosen id (providers.md §6.2). */
export const JOB_UUID = "X-Job-UUID";

const JOB_UUID_PATTERN = /^[0-9a-f]{32}$/;

/** A fresh job id as ZStack wants it: a random UUID, lower-case hex, no dashes. */
export function generateJobUuid(): string {
  return globalThis.crypto.randomUUID().replaceAll("-", "");
}

/**
 * Gives a call of an operation that takes `X-Job-UUID` one job id for all its attempts: the
 * caller's (as a parameter, or in `headers`), else a fresh one. A retried create then carries the
 * same id, and ZStack refuses the second copy ("Duplicate job uuid") instead of running it twice.
 * Other operations' parameters and headers are returned unchanged.
 */
export function withJobUuid(
  operation: OperationMetadata,
  params: Record<string, unknown>,
  headers: Readonly<Record<string, string>> | undefined,
): { params: Record<string, unknown>; headers: Readonly<Record<string, string>> | undefined } {
  if (!hasField(operation, JOB_UUID)) return { params, headers };
  const headerName = Object.keys(headers ?? {}).find((name) => name.toLowerCase() === JOB_UUID.toLowerCase());
  const fromHeader = headerName === undefined ? undefined : headers?.[headerName];
  const given = params[JOB_UUID] ?? fromHeader;
  if (given !== undefined && (typeof given !== "string" || !JOB_UUID_PATTERN.test(given)))
    throw createValidationError({
      operation: operation.operationId,
      path: JOB_UUID,
      rule: "pattern",
      expected: JOB_UUID_PATTERN.source,
    });
  const rest = { ...headers };
  if (headerName !== undefined) delete rest[headerName];
  return { params: { ...params, [JOB_UUID]: given ?? generateJobUuid() }, headers: rest };
}

/** Whether a call carries a job id ZStack deduplicates on. */
export function hasJobUuid(operation: OperationMetadata, params: Record<string, unknown>): boolean {
  return hasField(operation, JOB_UUID) && typeof params[JOB_UUID] === "string";
}

/**
 * ZStack's 400 "Duplicate job uuid[<id>]" naming the id this call sent: a job with that id was
 * already received. A refusal that names another id (or none) is not taken as proof.
 */
export function isDuplicateJob(error: unknown, operationId: string, jobUuid: string): boolean {
  if (!isBadRequestError(error) || error.operation !== operationId) return false;
  const text = `${error.providerMessage ?? ""} ${typeof error.body === "string" ? error.body : ""}`;
  return /Duplicate job uuid/i.test(text) && text.includes(`[${jobUuid}]`);
}
