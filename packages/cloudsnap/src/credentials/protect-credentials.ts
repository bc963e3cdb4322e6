import { REDACTED } from "../redact/constants";
import { KEY_ID_FIELDS, SECRET_FIELDS } from "./constants";

const INSPECT_CUSTOM = Symbol.for("nodejs.util.inspect.custom");

/**
 * A frozen copy of credentials that prints safely: `JSON.stringify` and `console.log` show
 * secrets as `***` and key ids by their first 4 characters. The fields themselves stay ordinary
 * enumerable properties so signers and destructuring work; a spread copy is a plain object again.
 */
export function protectCredentials<T extends object>(credentials: T): T {
  const copy = { ...credentials };
  const view = (): Record<string, unknown> => redactCredentials(copy);
  Object.defineProperty(copy, "toJSON", { value: view, enumerable: false });
  Object.defineProperty(copy, INSPECT_CUSTOM, { value: view, enumerable: false });
  return Object.freeze(copy);
}

/** The printable view of credentials: secrets `***`, key ids shortened, other fields as they are. */
export function redactCredentials(credentials: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(credentials)) {
    if (value === undefined) continue;
    if (SECRET_FIELDS.has(key)) out[key] = REDACTED;
    else if (KEY_ID_FIELDS.has(key) && typeof value === "string") out[key] = shortenKeyId(value);
    else out[key] = value;
  }
  return out;
}

function shortenKeyId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 4)}${REDACTED}` : REDACTED;
}
