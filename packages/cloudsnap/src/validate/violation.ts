/** One broken rule: where (dotted path), which JSON Schema keyword, and the limit it expects. */
export interface Violation {
  /** Dotted field path as the caller wrote it: `snapshot.name`, `params.tagUuids[0]`, `regionCode`. */
  readonly path: string;
  /** The keyword that failed (`required`, `maxLength`, `pattern`, …) or `unknownField`. */
  readonly rule: string;
  /** The limit the rule expects (a number, the pattern, the allowed values); never the given value. */
  readonly expected?: number | string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/** The path of property `key` under `parent`: `snapshot.name`, or `tags["my key"]` for odd keys. */
export function propertyPath(parent: string, key: string): string {
  if (!IDENTIFIER.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === "" ? key : `${parent}.${key}`;
}

/** The path of item `index` of the list at `parent`: `params.tagUuids[0]`. */
export function itemPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}
