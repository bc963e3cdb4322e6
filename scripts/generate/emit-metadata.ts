import { banner } from "./names";
import type { ApiModel } from "./operation-model";

/**
 * Emits `metadata.ts`: operations, named shapes, security schemes and servers, as plain data. A
 * response or parameter that several operations share (the same error body on every status, NCP's
 * `responseFormatType`) is written once, as a named constant the operations refer to, so bundles
 * carry it once. Response headers are not emitted: nothing reads them at run time.
 */
export function emitMetadata(model: ApiModel, spec: string): string {
  const shared = new SharedLiterals();
  const operations = Object.fromEntries(
    model.operations.map(({ summary: _summary, deprecated: _deprecated, ...meta }) => [
      meta.operationId,
      {
        ...meta,
        parameters: meta.parameters.map((parameter) => shared.use("P", parameter)),
        responses: Object.fromEntries(
          Object.entries(meta.responses).map(([status, { content }]) => [
            status,
            shared.use("R", { content }),
          ]),
        ),
      },
    ]),
  );
  const schemes = Object.fromEntries(
    Object.entries(model.securitySchemes).map(([name, s]) => [
      name,
      { type: s.type, in: s.in, name: s.name },
    ]),
  );
  // Only what the clients use: the origin template and each variable's default (descriptions and
  // region lists are documentation, rendered from the spec itself).
  const servers = model.servers.map(({ url, variables }) => ({
    url,
    ...(variables
      ? {
          variables: Object.fromEntries(
            Object.entries(variables).map(([name, v]) => [
              name,
              { default: (v as { default: string }).default },
            ]),
          ),
        }
      : {}),
  }));
  const operationsText = shared.literal(operations);
  return [
    banner(spec),
    'import type { OperationMetadata, Shape } from "../runtime";',
    "",
    ...shared.declarations(),
    "/** Every operation of this API: method, path, parameters, body and responses, from the spec. */",
    `export const OPERATIONS = ${operationsText} as const satisfies Record<string, OperationMetadata>;`,
    "",
    "/** The component schemas that operations refer to by name (`{ ref }`). */",
    `export const SHAPES: Readonly<Record<string, Shape>> = ${literal(Object.fromEntries(model.shapes))};`,
    "",
    "/** The spec's security schemes: which header carries which credential. */",
    `export const SECURITY_SCHEMES = ${literal(schemes)} as const;`,
    "",
    "/** The spec's servers: origin templates, with the default of each variable. */",
    `export const SERVERS = ${literal(servers)} as const;`,
    "",
  ].join("\n");
}

/** Values written once as constants when they occur more than once, referred to by name otherwise. */
class SharedLiterals {
  readonly #seen = new Map<string, { prefix: string; value: unknown; count: number }>();
  readonly #names = new Map<string, string>();

  /** Records a use of `value`; returns a placeholder that `literal` resolves. */
  use(prefix: string, value: unknown): unknown {
    const key = JSON.stringify(value);
    const entry = this.#seen.get(key) ?? { prefix, value, count: 0 };
    entry.count += 1;
    this.#seen.set(key, entry);
    return { [PLACEHOLDER]: key };
  }

  /** The constants, in order of first use, for every value used more than once. */
  declarations(): string[] {
    const out: string[] = [];
    const counts = new Map<string, number>();
    for (const [key, entry] of this.#seen) {
      if (entry.count < 2) continue;
      const n = (counts.get(entry.prefix) ?? 0) + 1;
      counts.set(entry.prefix, n);
      const name = `${entry.prefix}${n}`;
      this.#names.set(key, name);
      out.push(`const ${name} = ${literal(entry.value)} as const;`, "");
    }
    return out;
  }

  /** `value` as source text, shared values by their constant's name (call after `declarations`). */
  literal(value: unknown): string {
    return literal(value, (key) => this.#names.get(key) ?? literal(this.#seen.get(key)?.value));
  }
}

const PLACEHOLDER = "\u0000shared";

function literal(value: unknown, resolve?: (key: string) => string): string {
  const marks = new Map<string, string>();
  const text = JSON.stringify(
    value,
    (_key, item: unknown) => {
      if (resolve && typeof item === "object" && item !== null && PLACEHOLDER in item) {
        const key = (item as Record<string, string>)[PLACEHOLDER] as string;
        const mark = `\u0001${marks.size}\u0001`;
        marks.set(mark, key);
        return mark;
      }
      return item;
    },
    2,
  );
  return text.replace(/"\\u0001(\d+)\\u0001"/g, (_match, index: string) => {
    const key = marks.get(`\u0001${index}\u0001`) as string;
    return (resolve as (key: string) => string)(key);
  });
}
