import { accessor, banner, objectKey, pascalCase } from "./names";
import type { ApiModel, OperationModel } from "./operation-model";
import type { Shape } from "./templates/runtime";

const TEXT_RESPONSE = /xml|text\/plain/;

/** Emits `operations.ts`: one typed function per operationId plus `createOperations(client)`. */
export function emitOperations(model: ApiModel, spec: string): string {
  const lines = [
    banner(spec),
    'import type { Client } from "openapi-fetch";',
    'import type { OperationInit } from "../runtime";',
    ...(needsSerializers(model) ? [`import { ${needsSerializers(model)} } from "../runtime";`] : []),
    'import type { operations, paths } from "./types";',
    "",
  ];
  for (const op of model.operations)
    lines.push(...emitParamsType(op), ...emitResultType(op), ...emitFunction(op, model));
  lines.push(
    "/** Binds every operation of this API to one openapi-fetch client. */",
    "export function createOperations(client: Client<paths>) {",
    "  return {",
    ...model.operations.map(
      (op) =>
        `    ${op.operationId}: (params${isParamsOptional(op, model) ? "?" : ""}: ${pascalCase(op.operationId)}Params, init?: OperationInit) => ${op.operationId}(client, params, init),`,
    ),
    "  };",
    "}",
    "",
    "/** The operations of this API, bound to a client. */",
    "export type Operations = ReturnType<typeof createOperations>;",
    "",
  );
  return lines.join("\n");
}

function needsSerializers(model: ApiModel): string {
  const names = new Set<string>();
  for (const op of model.operations) {
    if (op.requestBody?.mediaType === "application/x-www-form-urlencoded") names.add("serializeForm");
    if (op.parameters.some((p) => p.in === "query" && p.indexed)) names.add("serializeIndexedQuery");
  }
  return [...names].sort().join(", ");
}

function emitParamsType(op: OperationModel): string[] {
  const ref = `operations[${JSON.stringify(op.operationId)}]`;
  const parts: string[] = [];
  for (const location of ["path", "query", "header"] as const) {
    if (op.parameters.some((p) => p.in === location))
      parts.push(`NonNullable<${ref}["parameters"][${JSON.stringify(location)}]>`);
  }
  if (op.requestBody) {
    parts.push(`NonNullable<${ref}["requestBody"]>["content"][${JSON.stringify(op.requestBody.mediaType)}]`);
  }
  return [
    `/** Parameters of \`${op.operationId}\`: path, query and header parameters and body properties, by spec name. */`,
    `export type ${pascalCase(op.operationId)}Params = ${parts.length ? parts.join(" & ") : "Record<string, never>"};`,
    "",
  ];
}

function emitResultType(op: OperationModel): string[] {
  const success = Object.keys(op.responses).find((s) => /^2\d\d$/.test(s));
  const media = success
    ? Object.keys(op.responses[success]?.content ?? {}).find((m) => /json/.test(m))
    : undefined;
  if (!success || !media) return [];
  return [
    `/** The ${success} body of \`${op.operationId}\` (JSON form; an XML form, where offered, decodes to the same value). */`,
    `export type ${pascalCase(op.operationId)}Result = operations[${JSON.stringify(op.operationId)}]["responses"][${success}]["content"][${JSON.stringify(media)}];`,
    "",
  ];
}

function emitFunction(op: OperationModel, model: ApiModel): string[] {
  const init: string[] = ["    ...init,"];
  const params: string[] = [];
  for (const location of ["path", "query", "header"] as const) {
    const list = op.parameters.filter((p) => p.in === location);
    if (!list.length) continue;
    const fields = list.map((p) => `${objectKey(p.name)}: ${accessor("params", p.name)}`).join(", ");
    params.push(`${location}: { ${fields} }`);
  }
  if (params.length) init.push(`    params: { ${params.join(", ")} },`);
  if (op.requestBody) {
    const fields = op.requestBody.properties.map((key) => `${objectKey(key)}: ${accessor("params", key)}`);
    init.push(`    body: { ${fields.join(", ")} },`);
    if (op.requestBody.mediaType === "application/x-www-form-urlencoded") {
      init.push("    bodySerializer: serializeForm,");
      init.push('    headers: { ...init.headers, "Content-Type": "application/x-www-form-urlencoded" },');
    }
  }
  if (op.parameters.some((p) => p.in === "query" && p.indexed))
    init.push("    querySerializer: serializeIndexedQuery,");
  const textual = Object.entries(op.responses).some(
    ([status, r]) => /^2/.test(status) && Object.keys(r.content).some((m) => TEXT_RESPONSE.test(m)),
  );
  // A success body that may be XML cannot go through openapi-fetch's JSON parser; callers decode the text.
  // (Error bodies are fine: openapi-fetch reads them as text and parses JSON only when it can.)
  if (textual) init.push('    parseAs: "text",');
  const optional = isParamsOptional(op, model);
  return [
    `/** ${op.summary.replaceAll("*/", "*\\/")}${op.deprecated ? "\n * @deprecated" : ""} */`,
    `export function ${op.operationId}(client: Client<paths>, params: ${pascalCase(op.operationId)}Params${optional ? " = {}" : ""}, init: OperationInit = {}) {`,
    `  return client.${op.method}(${JSON.stringify(op.path)}, {`,
    ...init,
    "  });",
    "}",
    "",
  ];
}

function isParamsOptional(op: OperationModel, model: ApiModel): boolean {
  if (op.parameters.some((p) => p.required)) return false;
  if (!op.requestBody) return true;
  const body = resolve(op.requestBody.schema, model);
  return !op.requestBody.required && !(body.type === "object" && body.required?.length);
}

/** Follows named shapes until a concrete one. */
function resolve(shape: Shape, model: ApiModel): Exclude<Shape, { ref: string }> {
  let current: Shape = shape;
  for (let depth = 0; "ref" in current; depth++) {
    const next = model.shapes.get(current.ref) as Shape | undefined;
    if (!next || depth > 16) throw new Error(`unknown shape ${current.ref}`);
    current = next;
  }
  return current;
}
