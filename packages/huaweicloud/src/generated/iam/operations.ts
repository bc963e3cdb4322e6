// This file is generated. Do not edit it by hand.
// Source: specs/huaweicloud/iam.yaml
// Regenerate with: pnpm generate

import type { Client } from "openapi-fetch";
import type { OperationInit } from "../runtime";
import type { operations, paths } from "./types";

/** Parameters of `createToken`: path, query and header parameters and body properties, by spec name. */
export type CreateTokenParams = NonNullable<operations["createToken"]["parameters"]["query"]> & NonNullable<operations["createToken"]["requestBody"]>["content"]["application/json"];

/** The 201 body of `createToken` (JSON form; an XML form, where offered, decodes to the same value). */
export type CreateTokenResult = operations["createToken"]["responses"][201]["content"]["application/json"];

/** Obtain a user token with a password */
export function createToken(client: Client<paths>, params: CreateTokenParams, init: OperationInit = {}) {
  return client.POST("/v3/auth/tokens", {
    ...init,
    params: { query: { nocatalog: params.nocatalog } },
    body: { auth: params.auth },
  });
}

/** Binds every operation of this API to one openapi-fetch client. */
export function createOperations(client: Client<paths>) {
  return {
    createToken: (params: CreateTokenParams, init?: OperationInit) => createToken(client, params, init),
  };
}

/** The operations of this API, bound to a client. */
export type Operations = ReturnType<typeof createOperations>;
