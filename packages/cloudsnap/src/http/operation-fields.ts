import type { OperationMetadata } from "@cloudsnap/ncloud";

/** Whether a caller-facing field (parameter or top-level body property) exists on an operation. */
export function hasField(operation: OperationMetadata, name: string): boolean {
  return (
    operation.parameters.some((p) => p.name === name) ||
    (operation.requestBody?.properties.includes(name) ?? false)
  );
}

/** A `fillDefaults` hook that sets `name` to `value` on operations that have the field and leave it out. */
export function fillField(name: string, value: unknown) {
  return (operation: OperationMetadata, params: Record<string, unknown>): Record<string, unknown> =>
    value !== undefined && params[name] === undefined && hasField(operation, name)
      ? { ...params, [name]: value }
      : params;
}
