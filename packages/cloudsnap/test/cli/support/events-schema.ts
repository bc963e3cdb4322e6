// The published JSON Schema of the CLI's events (schema/cli-events.schema.json), compiled once with
// Ajv's draft 2020-12 validator, formats included.

import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const SCHEMA = JSON.parse(
  readFileSync(new URL("../../../schema/cli-events.schema.json", import.meta.url), "utf8"),
) as object;

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(SCHEMA);

/** The problems of each line that does not fit the schema (an empty list when all fit). */
export function schemaProblems(events: readonly unknown[]): string[] {
  const problems: string[] = [];
  events.forEach((event, i) => {
    if (validate(event)) return;
    const where = `line ${i + 1} (${String((event as { event?: unknown }).event)})`;
    for (const error of validate.errors ?? [])
      problems.push(`${where}: ${error.instancePath} ${error.message}`);
  });
  return problems;
}
