import type { OperationMetadata } from "@cloudsnap/ncloud";

/** Verbs that name an operation which only reads; everything else may change state. */
const READ_VERBS = /^(get|list|show|query|describe)(?![a-z])/;

/**
 * Whether an operation only reads, judged by its operationId, never by its method: NAVER Cloud's
 * reads are POSTs (`getNasVolumeInstanceList`) and its `…ViaGet` creates are GETs
 * (`createNasVolumeSnapshotViaGet`). Anything not recognisably a read (create, update, delete,
 * logIn, logOut, …) is treated as not idempotent.
 */
export function isReadOperation(operation: Pick<OperationMetadata, "operationId">): boolean {
  return READ_VERBS.test(operation.operationId);
}
