import { banner } from "./names";
import type { ApiModel } from "./operation-model";

/** Emits `metadata.ts`: operations, named shapes, security schemes and servers, as plain data. */
export function emitMetadata(model: ApiModel, spec: string): string {
  const operations = Object.fromEntries(
    model.operations.map(({ summary: _summary, deprecated: _deprecated, ...meta }) => [
      meta.operationId,
      meta,
    ]),
  );
  const schemes = Object.fromEntries(
    Object.entries(model.securitySchemes).map(([name, s]) => [
      name,
      { type: s.type, in: s.in, name: s.name },
    ]),
  );
  return [
    banner(spec),
    'import type { OperationMetadata, Shape } from "../runtime";',
    "",
    "/** Every operation of this API: method, path, parameters, body and responses, from the spec. */",
    `export const OPERATIONS = ${literal(operations)} as const satisfies Record<string, OperationMetadata>;`,
    "",
    "/** The component schemas that operations refer to by name (`{ ref }`). */",
    `export const SHAPES: Readonly<Record<string, Shape>> = ${literal(Object.fromEntries(model.shapes))};`,
    "",
    "/** The spec's security schemes: which header carries which credential. */",
    `export const SECURITY_SCHEMES = ${literal(schemes)} as const;`,
    "",
    "/** The spec's servers: origins, with variables where a host is templated. */",
    `export const SERVERS = ${literal(model.servers.map(({ url, description, variables }) => ({ url, description, variables })))} as const;`,
    "",
  ].join("\n");
}

function literal(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
