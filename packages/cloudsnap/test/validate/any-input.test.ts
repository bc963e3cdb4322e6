import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors";
import { listViolations, validateParams } from "../../src/core/validate";
import { APIS } from "./support/apis";

const operations = Object.values(APIS).flatMap((api) =>
  Object.values(api.operations).map((operation) => ({ operation, shapes: api.shapes })),
);
const odd = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});
const fieldNames = [
  ...new Set(
    operations.flatMap(({ operation }) => [
      ...operation.parameters.map((p) => p.name),
      ...(operation.requestBody?.properties ?? []),
    ]),
  ),
];

describe("validation of arbitrary input", () => {
  it("never throws anything but a ValidationError, whatever the caller passes", () => {
    const params = fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames), fc.string()), odd, { maxKeys: 6 });
    fc.assert(
      fc.property(fc.constantFrom(...operations), fc.oneof(params, odd), ({ operation, shapes }, given) => {
        expect(Array.isArray(listViolations(operation, given as Record<string, unknown>, shapes))).toBe(true);
        try {
          validateParams(operation, given as Record<string, unknown>, shapes);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
        }
      }),
      { seed: 20240403, numRuns: 200 },
    );
  });
});
