// A ZStack job's identity: the client-chosen X-Job-UUID of a create and the id in a 202's location.
// Apart from jobs.ts so that a client knows which calls carry an id without loading the follower.

import { DecodeError } from "../../core/errors";
import type { OperationMetadata } from "../../core/metadata";
import { hasField } from "../../core/provider";

/** The header naming a ZStack job by a client-chosen id (providers.md §6.2). */
export const JOB_UUID = "X-Job-UUID";

/** A ZStack job id: 32 lower-case hex digits. */
export const JOB_UUID_PATTERN = /^[0-9a-f]{32}$/;

/** Whether a call carries a job id ZStack deduplicates on. */
export function hasJobUuid(operation: OperationMetadata, params: Record<string, unknown>): boolean {
  return hasField(operation, JOB_UUID) && typeof params[JOB_UUID] === "string";
}

/**
 * The job id from a 202 `location`: only its `api-jobs/<id>` segment is used (the host may be
 * internal, so the job is polled on the configured origin). Anything but a ZStack job id there (a
 * `..`, an encoded slash, no id at all) is a `DecodeError`: the create was received, so it is never
 * reported as bad input, and no other path is ever polled.
 */
export function jobUuidFromLocation(location: string): string {
  const match = /\/api-jobs\/([^/?#]+)/.exec(location);
  const fail = (cause?: unknown) =>
    new DecodeError(
      "createVolumeSnapshot: ZStack answered 202 without a usable api-jobs location (HTTP 202); " +
        "the request may have been received",
      {
        operation: "createVolumeSnapshot",
        status: 202,
        ...(cause === undefined ? {} : { cause }),
      },
    );
  if (!match?.[1]) throw fail();
  let jobUuid: string;
  try {
    jobUuid = decodeURIComponent(match[1]);
  } catch (cause) {
    throw fail(cause);
  }
  if (!JOB_UUID_PATTERN.test(jobUuid)) throw fail();
  return jobUuid;
}
