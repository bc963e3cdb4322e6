// An error as the CLI shows it: the `ErrorInfo` of a JSON event, or one or two lines for people.
// cloudsnap's errors are redacted when they are built; nothing here adds a header or a body.

import { isCloudsnapError, isCredentialsError } from "../core/guards";
import type { ErrorInfo } from "./events";
import { exitCodeFor } from "./exit-codes";

const FIELDS = [
  "code",
  "status",
  "provider",
  "operation",
  "requestId",
  "providerMessage",
  "providerStatus",
  "reason",
  "path",
  "rule",
  "tried",
] as const;

/** The safe, useful fields of an error, for JSON events. */
export function errorInfo(error: unknown): ErrorInfo {
  const exitCode = exitCodeFor(error);
  if (!(error instanceof Error)) return { name: "Error", message: String(error), exitCode };
  const fields: Record<string, unknown> = isCloudsnapError(error) ? error.toJSON() : {};
  const info: Record<string, unknown> = { name: error.name, message: error.message, exitCode };
  for (const field of FIELDS) {
    const value = fields[field];
    if (typeof value === "string" || typeof value === "number") info[field] = value;
    else if (Array.isArray(value)) info[field] = value.map(String);
  }
  return info as unknown as ErrorInfo;
}

/**
 * One or two lines for people: what failed for which target, with the provider's code and
 * message (they are in the error's message), and a hint where one helps.
 */
export function describeErrorLines(error: unknown, target: string | undefined): string[] {
  const info = errorInfo(error);
  const where = target ? `${target}: ` : "";
  const label = info.status !== undefined ? `${info.name} (${info.status})` : info.name;
  const lines = [`${where}${label}: ${info.message}`];
  if (isCredentialsError(error))
    lines.push("Run `cloudsnap doctor` to see where credentials are looked for.");
  else if (info.exitCode === 2 && info.name === "ValidationError" && info.rule === "target") {
    lines.push("Run `cloudsnap targets` for the form of each kind.");
  }
  return lines;
}
