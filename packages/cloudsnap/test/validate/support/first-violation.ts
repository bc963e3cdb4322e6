import { expect } from "vitest";
import type { Violation } from "../../../src/core/check-value";
import { ValidationError } from "../../../src/core/errors";
import { validateParams } from "../../../src/core/validate";
import { APIS, type ApiName, operationOf } from "./apis";

/** A table case: the flat parameters of one call, and the first violation (or "valid"). */
export interface ParamsCase {
  readonly name: string;
  readonly given: Record<string, unknown>;
  readonly want: Violation | "valid";
}

/** Runs `validateParams` on real generated metadata and reports what it threw, as a `Violation`. */
export function firstViolation(
  api: ApiName,
  operationId: string,
  params: Record<string, unknown>,
): Violation | "valid" {
  try {
    validateParams(operationOf(api, operationId), params, APIS[api].shapes);
    return "valid";
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    expect(error.operation).toBe(operationId);
    const { path, rule, expected } = error;
    return expected === undefined ? { path, rule } : { path, rule, expected };
  }
}
