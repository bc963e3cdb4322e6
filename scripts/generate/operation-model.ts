import { deref, isRecord, type SpecObject } from "./load-spec";
import { ShapeBuilder } from "./shapes";
import type { MediaMetadata, OperationMetadata, ParameterMetadata } from "./templates/runtime";

const METHODS = ["get", "put", "post", "delete", "patch"] as const;
const XML_MEDIA = /^(application|text)\/xml\b/;

/** One operation as the emitters see it: its metadata plus the summary for TSDoc. */
export interface OperationModel extends OperationMetadata {
  readonly summary: string;
  readonly deprecated: boolean;
}

/** The whole API as the emitters see it. */
export interface ApiModel {
  readonly operations: readonly OperationModel[];
  readonly shapes: ReadonlyMap<string, unknown>;
  readonly securitySchemes: Readonly<Record<string, { type: string; in?: string; name?: string }>>;
  readonly servers: readonly { url: string; description?: string; variables?: Record<string, unknown> }[];
}

/** Walks every path and method of a spec into an `ApiModel`, checking the conventions in specs/README.md. */
export function buildApiModel(doc: SpecObject, specPath: string): ApiModel {
  const shapes = new ShapeBuilder(doc);
  const operations: OperationModel[] = [];
  const paths = isRecord(doc.paths) ? doc.paths : {};
  const seen = new Set<string>();
  for (const path of Object.keys(paths).sort()) {
    const item = deref(doc, paths[path]);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const where = `${specPath} ${method.toUpperCase()} ${path}`;
      const operationId = op.operationId;
      if (typeof operationId !== "string" || !/^[a-z][A-Za-z0-9]*$/.test(operationId)) {
        throw new Error(`${where}: operationId must be camelCase`);
      }
      if (seen.has(operationId)) throw new Error(`${where}: duplicate operationId ${operationId}`);
      seen.add(operationId);
      const parameters = readParameters(
        doc,
        shapes,
        [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])],
        where,
      );
      const requestBody = readRequestBody(doc, shapes, op.requestBody, where);
      checkNameClashes(parameters, requestBody?.properties ?? [], where);
      operations.push({
        operationId,
        method: method.toUpperCase() as OperationMetadata["method"],
        path,
        summary: typeof op.summary === "string" ? op.summary : operationId,
        deprecated: op.deprecated === true,
        parameters,
        ...(requestBody ? { requestBody } : {}),
        responses: readResponses(doc, shapes, op.responses, where),
        security: readSecurity(op.security ?? doc.security, where),
      });
    }
  }
  operations.sort((a, b) => a.operationId.localeCompare(b.operationId));
  const components = isRecord(doc.components) ? doc.components : {};
  return {
    operations,
    shapes: new Map([...shapes.named.entries()].sort(([a], [b]) => a.localeCompare(b))),
    securitySchemes: (isRecord(components.securitySchemes)
      ? components.securitySchemes
      : {}) as ApiModel["securitySchemes"],
    servers: Array.isArray(doc.servers) ? (doc.servers as ApiModel["servers"]) : [],
  };
}

function readParameters(
  doc: SpecObject,
  shapes: ShapeBuilder,
  raw: unknown[],
  where: string,
): ParameterMetadata[] {
  const byKey = new Map<string, ParameterMetadata>();
  for (const entry of raw) {
    const param = deref(doc, entry);
    const name = String(param.name);
    const location = param.in as ParameterMetadata["in"];
    if (location === "header" && /^(authorization|x-auth-token|x-ncp-|x-sdk-date|date$)/i.test(name)) {
      throw new Error(`${where}: auth header ${name} must be a security scheme, not a parameter`);
    }
    byKey.set(`${location}:${name}`, {
      name,
      in: location,
      required: param.required === true || location === "path",
      schema: shapes.build(param.schema, `${where} parameter ${name}`),
      ...(param["x-ncp-indexed"] === true ? { indexed: true as const } : {}),
    });
  }
  return [...byKey.values()];
}

function readRequestBody(doc: SpecObject, shapes: ShapeBuilder, raw: unknown, where: string) {
  if (raw === undefined) return undefined;
  const body = deref(doc, raw);
  const content = isRecord(body.content) ? body.content : {};
  const mediaTypes = Object.keys(content);
  if (mediaTypes.length !== 1) throw new Error(`${where}: a request body must offer exactly one media type`);
  const mediaType = mediaTypes[0] as string;
  const media = deref(doc, content[mediaType]);
  const schema = shapes.build(media.schema, `${where} requestBody`);
  const resolved = "ref" in schema ? shapes.named.get(schema.ref) : schema;
  if (!resolved || !("type" in resolved) || resolved.type !== "object") {
    throw new Error(`${where}: a request body must be an object, so its properties can be passed flat`);
  }
  return {
    mediaType,
    required: body.required === true,
    schema,
    properties: Object.keys(resolved.properties),
  };
}

function readResponses(doc: SpecObject, shapes: ShapeBuilder, raw: unknown, where: string) {
  const out: Record<string, { content: Record<string, MediaMetadata>; headers: string[] }> = {};
  const responses = isRecord(raw) ? raw : {};
  for (const status of Object.keys(responses).sort()) {
    const response = deref(doc, responses[status]);
    const content = isRecord(response.content) ? response.content : {};
    const media: Record<string, MediaMetadata> = {};
    for (const type of Object.keys(content).sort()) {
      const entry = deref(doc, content[type]);
      media[type] = { schema: shapes.build(entry.schema, `${where} ${status} ${type}`) };
    }
    for (const type of Object.keys(media)) {
      if (!XML_MEDIA.test(type)) continue;
      // Prism serves an XML example only under a string schema, so XML decodes by its JSON sibling.
      const sibling = Object.keys(media).find((t) => /json/.test(t));
      if (!sibling)
        throw new Error(`${where} ${status}: ${type} needs an application/json sibling to decode by`);
      media[type] = { ...(media[type] as MediaMetadata), decodeAs: sibling };
    }
    const headers = isRecord(response.headers) ? Object.keys(response.headers).sort() : [];
    out[status] = { content: media, headers };
  }
  return out;
}

function readSecurity(raw: unknown, where: string): string[][] {
  if (!Array.isArray(raw)) throw new Error(`${where}: security must be declared (use [] for none)`);
  return raw.map((requirement) => (isRecord(requirement) ? Object.keys(requirement).sort() : []));
}

function checkNameClashes(
  parameters: readonly ParameterMetadata[],
  bodyProperties: readonly string[],
  where: string,
): void {
  const names = new Set<string>();
  for (const p of parameters) {
    if (names.has(p.name)) throw new Error(`${where}: parameter ${p.name} appears in two locations`);
    names.add(p.name);
  }
  for (const key of bodyProperties) {
    if (names.has(key)) throw new Error(`${where}: body property ${key} clashes with a parameter`);
  }
}
