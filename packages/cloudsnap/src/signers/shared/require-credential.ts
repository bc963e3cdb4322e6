import { SigningError } from "../../errors/index.js";

/** Returns `value` when it is a non-empty string; otherwise throws naming the field, never its value. */
export function requireCredential(value: unknown, field: string, scheme: string): string {
  if (typeof value !== "string" || value === "") {
    throw new SigningError(`${scheme} signing needs a non-empty ${field}`);
  }
  return value;
}
