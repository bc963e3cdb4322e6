// This file is generated. Do not edit it by hand.
// Source: specs/ncloud/search-engine.yaml
// Regenerate with: pnpm generate

import type { Client } from "openapi-fetch";
import type { OperationInit } from "../runtime";
import type { operations, paths } from "./types";

/** Parameters of `createSnapshot`: path, query and header parameters and body properties, by spec name. */
export type CreateSnapshotParams = NonNullable<operations["createSnapshot"]["parameters"]["path"]> & NonNullable<operations["createSnapshot"]["requestBody"]>["content"]["application/json"];

/** The 200 body of `createSnapshot` (JSON form; an XML form, where offered, decodes to the same value). */
export type CreateSnapshotResult = operations["createSnapshot"]["responses"][200]["content"]["application/json"];

/** Create a snapshot of a cluster */
export function createSnapshot(client: Client<paths>, params: CreateSnapshotParams, init: OperationInit = {}) {
  return client.POST("/api/{apiRegion}/snapshot/createSnapshot/{serviceGroupInstanceNo}", {
    ...init,
    params: { path: { apiRegion: params.apiRegion, serviceGroupInstanceNo: params.serviceGroupInstanceNo } },
    body: { bucketName: params.bucketName, snapshotName: params.snapshotName },
  });
}

/** Parameters of `getSnapshotHistory`: path, query and header parameters and body properties, by spec name. */
export type GetSnapshotHistoryParams = NonNullable<operations["getSnapshotHistory"]["parameters"]["path"]> & NonNullable<operations["getSnapshotHistory"]["parameters"]["query"]>;

/** The 200 body of `getSnapshotHistory` (JSON form; an XML form, where offered, decodes to the same value). */
export type GetSnapshotHistoryResult = operations["getSnapshotHistory"]["responses"][200]["content"]["application/json"];

/** List a cluster's snapshot history */
export function getSnapshotHistory(client: Client<paths>, params: GetSnapshotHistoryParams, init: OperationInit = {}) {
  return client.GET("/api/{apiRegion}/snapshot/getSnapshotHistory/{serviceGroupInstanceNo}", {
    ...init,
    params: { path: { apiRegion: params.apiRegion, serviceGroupInstanceNo: params.serviceGroupInstanceNo }, query: { pageNo: params.pageNo, pageSize: params.pageSize } },
  });
}

/** Parameters of `updateAPIAuthenticationKey`: path, query and header parameters and body properties, by spec name. */
export type UpdateAPIAuthenticationKeyParams = NonNullable<operations["updateAPIAuthenticationKey"]["parameters"]["path"]> & NonNullable<operations["updateAPIAuthenticationKey"]["requestBody"]>["content"]["application/json"];

/** The 200 body of `updateAPIAuthenticationKey` (JSON form; an XML form, where offered, decodes to the same value). */
export type UpdateAPIAuthenticationKeyResult = operations["updateAPIAuthenticationKey"]["responses"][200]["content"]["application/json"];

/** Set the Object Storage key a cluster uses for snapshots */
export function updateAPIAuthenticationKey(client: Client<paths>, params: UpdateAPIAuthenticationKeyParams, init: OperationInit = {}) {
  return client.POST("/api/{apiRegion}/snapshot/updateAPIAuthenticationKey/{serviceGroupInstanceNo}", {
    ...init,
    params: { path: { apiRegion: params.apiRegion, serviceGroupInstanceNo: params.serviceGroupInstanceNo } },
    body: { accessKeyId: params.accessKeyId, secretKey: params.secretKey },
  });
}

/** Binds every operation of this API to one openapi-fetch client. */
export function createOperations(client: Client<paths>) {
  return {
    createSnapshot: (params: CreateSnapshotParams, init?: OperationInit) => createSnapshot(client, params, init),
    getSnapshotHistory: (params: GetSnapshotHistoryParams, init?: OperationInit) => getSnapshotHistory(client, params, init),
    updateAPIAuthenticationKey: (params: UpdateAPIAuthenticationKeyParams, init?: OperationInit) => updateAPIAuthenticationKey(client, params, init),
  };
}

/** The operations of this API, bound to a client. */
export type Operations = ReturnType<typeof createOperations>;
