import { CloudsnapError, type CloudsnapErrorOptions, withoutUndefined } from "./cloudsnap-error";

/** Options for {@link ValidationError}. */
export interface ValidationErrorOptions extends CloudsnapErrorOptions {
  /** The spec's operationId (or the function) whose input was rejected. */
  operation: string;
  /** Dotted path of the offending field, e.g. `snapshot.name`. */
  path: string;
  /** The JSON Schema keyword that failed, e.g. `maxLength`, `pattern`, `required`. */
  rule: string;
  /** The limit the rule expects, e.g. `64`, or the pattern. Never the rejected value. */
  expected?: number | string;
}

/**
 * Input rejected before anything was sent. The message names the field and the rule, never the
 * value: `createSnapshot: snapshot.name must be at most 64 characters (maxLength)`.
 */
export class ValidationError extends CloudsnapError {
  override readonly name: string = "ValidationError";
  readonly operation: string;
  readonly path: string;
  readonly rule: string;
  readonly expected: number | string | undefined;

  constructor(message: string, options: ValidationErrorOptions) {
    super(message, options);
    this.operation = options.operation;
    this.path = options.path;
    this.rule = options.rule;
    this.expected = options.expected;
  }

  override toJSON(): Record<string, unknown> {
    const { operation, path, rule, expected } = this;
    return withoutUndefined({ ...super.toJSON(), operation, path, rule, expected });
  }
}
