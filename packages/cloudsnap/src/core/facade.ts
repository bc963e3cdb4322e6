// One client assembly for every provider: one method per operation of a bound API, typed from the
// generated operations, each running the pipeline and resolving to the decoded body.

import type { CallOptions } from "./call-options";
import { loadedPipeline, loadPipeline } from "./load-pipeline";
import type { ApiBinding } from "./provider";

type JsonContent<R> = R extends { content: infer C }
  ? C extends { "application/json": infer B }
    ? B
    : unknown
  : undefined;

/** The decoded body of an operation's 2xx answers (the JSON form; XML decodes to the same). */
export type SuccessBody<Op> = Op extends { responses: infer R }
  ? { [S in keyof R]: S extends 200 | 201 | 202 | 203 | 204 ? JsonContent<R[S]> : never }[keyof R]
  : never;

/** Removes NCP's single `…Response` root wrapper, as the facade does at run time. */
export type UnwrapResponseRoot<T> = T extends object
  ? keyof T extends `${string}Response`
    ? T[keyof T]
    : T
  : T;

type ParamsOf<F> = F extends (params: infer P, ...rest: never[]) => unknown ? NonNullable<P> : never;

/** Parameters with the client-level ones (`Defaulted`) made optional: the client fills them in. */
export type WithDefaults<P, Defaulted extends string> = Omit<P, Defaulted> &
  Partial<Pick<P, Extract<keyof P, Defaulted>>>;

/**
 * One facade method per generated operation, named after its operationId. `Result` maps an
 * operation's type to what the method resolves to.
 */
export type FacadeMethods<Bound, OpTypes, Defaulted extends string, Result> = {
  [K in keyof Bound & keyof OpTypes]: (
    params: WithDefaults<ParamsOf<Bound[K]>, Defaulted>,
    options?: CallOptions,
  ) => Promise<
    Result extends "unwrap" ? UnwrapResponseRoot<SuccessBody<OpTypes[K]>> : SuccessBody<OpTypes[K]>
  >;
};

/**
 * One method per operation in the bound API's metadata: nothing is listed by hand, so an operation
 * added to a spec appears after regenerating. `Methods` is the generated type of those methods; the
 * metadata and the generated types come from the same spec, which is what makes this the one place a
 * record of methods is given its typed shape.
 */
export function bindMethods<Methods>(api: ApiBinding): Methods {
  const methods: Record<string, (params?: unknown, options?: unknown) => Promise<unknown>> = {};
  for (const operationId of Object.keys(api.operations)) {
    methods[operationId] = async (params, options) => {
      const { callOperation } = loadedPipeline() ?? (await loadPipeline());
      return (await callOperation(api, operationId, params, options)).value;
    };
  }
  return methods as Methods;
}
