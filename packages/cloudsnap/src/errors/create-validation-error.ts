import { ValidationError, type ValidationErrorOptions } from "./validation-error";

const DESCRIBE: Readonly<Record<string, (expected: string) => string>> = {
  required: () => "is required",
  maxLength: (n) => `must be at most ${n} characters`,
  minLength: (n) => `must be at least ${n} characters`,
  maxBytes: (n) => `must be at most ${n} bytes`,
  pattern: (p) => `must match ${p}`,
  format: (f) => `must be a valid ${f}`,
  enum: (list) => `must be one of ${list}`,
  type: (t) => `must be of type ${t}`,
  minimum: (n) => `must be at least ${n}`,
  maximum: (n) => `must be at most ${n}`,
  range: (r) => `must be ${r}`,
  minItems: (n) => `must have at least ${n} items`,
  maxItems: (n) => `must have at most ${n} items`,
};

/**
 * A `ValidationError` with the standard message, e.g.
 * `createSnapshot: snapshot.name must be at most 64 characters (maxLength)`.
 */
export function createValidationError(options: Omit<ValidationErrorOptions, "secrets">): ValidationError {
  const expected = options.expected === undefined ? "" : String(options.expected);
  const describe = DESCRIBE[options.rule];
  const requirement = describe
    ? describe(expected)
    : `is invalid${expected ? ` (expected ${expected})` : ""}`;
  return new ValidationError(
    `${options.operation}: ${options.path} ${requirement} (${options.rule})`,
    options,
  );
}
