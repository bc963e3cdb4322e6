import type { OperationMetadata, Shape } from "@cloudsnap/ncloud";
import { createValidationError } from "../errors";
import { listViolations } from "./list-violations";

/**
 * Checks a call's flat parameters (path, query and header parameters and top-level body properties,
 * by spec name) against the operation's spec before anything is sent, and throws the first broken
 * rule as a `ValidationError` naming the operation, the field path and the limit, never the value.
 * @throws {ValidationError} e.g. `createSnapshot: snapshot.name must be at most 64 characters (maxLength)`
 */
export function validateParams(
  operation: OperationMetadata,
  params: Record<string, unknown>,
  shapes: Readonly<Record<string, Shape>>,
): void {
  const [first] = listViolations(operation, params, shapes);
  if (first === undefined) return;
  throw createValidationError({
    operation: operation.operationId,
    path: first.path,
    rule: first.rule,
    ...(first.expected === undefined ? {} : { expected: first.expected }),
  });
}
