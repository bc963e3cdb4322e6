import type { CallOptions } from "../http/call-options";

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
