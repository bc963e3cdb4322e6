import openapiTS, { astToString } from "openapi-typescript";
import type { SpecObject } from "./load-spec";
import { banner } from "./names";

/** Emits `types.ts` with openapi-typescript (paths, operations, components). */
export async function emitTypes(doc: SpecObject, spec: string): Promise<string> {
  // defaultNonNullable off: a request property with a default is still optional for the caller.
  const ast = await openapiTS(structuredClone(doc) as unknown as Parameters<typeof openapiTS>[0], {
    silent: true,
    defaultNonNullable: false,
  });
  return `${banner(spec)}${astToString(ast)}`;
}
