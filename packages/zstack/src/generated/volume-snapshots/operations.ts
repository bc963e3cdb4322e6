// This file is generated. Do not edit it by hand.
// Source: specs/zstack/volume-snapshots.yaml
// Regenerate with: pnpm generate

import type { Client } from "openapi-fetch";
import type { OperationInit } from "../runtime";
import type { operations, paths } from "./types";

/** Parameters of `createVolumeSnapshot`: path, query and header parameters and body properties, by spec name. */
export type CreateVolumeSnapshotParams = NonNullable<operations["createVolumeSnapshot"]["parameters"]["path"]> & NonNullable<operations["createVolumeSnapshot"]["parameters"]["header"]> & NonNullable<operations["createVolumeSnapshot"]["requestBody"]>["content"]["application/json"];

/** The 200 body of `createVolumeSnapshot` (JSON form; an XML form, where offered, decodes to the same value). */
export type CreateVolumeSnapshotResult = operations["createVolumeSnapshot"]["responses"][200]["content"]["application/json"];

/** Create a snapshot of a volume */
export function createVolumeSnapshot(client: Client<paths>, params: CreateVolumeSnapshotParams, init: OperationInit = {}) {
  return client.POST("/zstack/v1/volumes/{volumeUuid}/volume-snapshots", {
    ...init,
    params: { path: { volumeUuid: params.volumeUuid }, header: { "X-Job-UUID": params["X-Job-UUID"], "X-API-Timeout": params["X-API-Timeout"], "X-Web-Hook": params["X-Web-Hook"] } },
    body: { params: params.params, systemTags: params.systemTags, userTags: params.userTags },
  });
}

/** Parameters of `getApiJob`: path, query and header parameters and body properties, by spec name. */
export type GetApiJobParams = NonNullable<operations["getApiJob"]["parameters"]["path"]>;

/** The 200 body of `getApiJob` (JSON form; an XML form, where offered, decodes to the same value). */
export type GetApiJobResult = operations["getApiJob"]["responses"][200]["content"]["application/json"];

/** Poll an asynchronous API job */
export function getApiJob(client: Client<paths>, params: GetApiJobParams, init: OperationInit = {}) {
  return client.GET("/zstack/v1/api-jobs/{jobUuid}", {
    ...init,
    params: { path: { jobUuid: params.jobUuid } },
  });
}

/** Parameters of `getVolumeSnapshot`: path, query and header parameters and body properties, by spec name. */
export type GetVolumeSnapshotParams = NonNullable<operations["getVolumeSnapshot"]["parameters"]["path"]>;

/** The 200 body of `getVolumeSnapshot` (JSON form; an XML form, where offered, decodes to the same value). */
export type GetVolumeSnapshotResult = operations["getVolumeSnapshot"]["responses"][200]["content"]["application/json"];

/** Get one volume snapshot by UUID */
export function getVolumeSnapshot(client: Client<paths>, params: GetVolumeSnapshotParams, init: OperationInit = {}) {
  return client.GET("/zstack/v1/volume-snapshots/{uuid}", {
    ...init,
    params: { path: { uuid: params.uuid } },
  });
}

/** Parameters of `logInByAccount`: path, query and header parameters and body properties, by spec name. */
export type LogInByAccountParams = NonNullable<operations["logInByAccount"]["requestBody"]>["content"]["application/json"];

/** The 200 body of `logInByAccount` (JSON form; an XML form, where offered, decodes to the same value). */
export type LogInByAccountResult = operations["logInByAccount"]["responses"][200]["content"]["application/json"];

/** Log in with an account name and password */
export function logInByAccount(client: Client<paths>, params: LogInByAccountParams, init: OperationInit = {}) {
  return client.PUT("/zstack/v1/accounts/login", {
    ...init,
    body: { logInByAccount: params.logInByAccount },
  });
}

/** Parameters of `logOut`: path, query and header parameters and body properties, by spec name. */
export type LogOutParams = NonNullable<operations["logOut"]["parameters"]["path"]>;

/** The 200 body of `logOut` (JSON form; an XML form, where offered, decodes to the same value). */
export type LogOutResult = operations["logOut"]["responses"][200]["content"]["application/json"];

/** Log out a session */
export function logOut(client: Client<paths>, params: LogOutParams, init: OperationInit = {}) {
  return client.DELETE("/zstack/v1/accounts/sessions/{sessionUuid}", {
    ...init,
    params: { path: { sessionUuid: params.sessionUuid } },
  });
}

/** Parameters of `queryVolumeSnapshot`: path, query and header parameters and body properties, by spec name. */
export type QueryVolumeSnapshotParams = NonNullable<operations["queryVolumeSnapshot"]["parameters"]["query"]>;

/** The 200 body of `queryVolumeSnapshot` (JSON form; an XML form, where offered, decodes to the same value). */
export type QueryVolumeSnapshotResult = operations["queryVolumeSnapshot"]["responses"][200]["content"]["application/json"];

/** Query volume snapshots */
export function queryVolumeSnapshot(client: Client<paths>, params: QueryVolumeSnapshotParams = {}, init: OperationInit = {}) {
  return client.GET("/zstack/v1/volume-snapshots", {
    ...init,
    params: { query: { q: params.q, limit: params.limit, start: params.start, count: params.count, replyWithCount: params.replyWithCount, sort: params.sort, fields: params.fields, groupBy: params.groupBy, filterName: params.filterName } },
  });
}

/** Binds every operation of this API to one openapi-fetch client. */
export function createOperations(client: Client<paths>) {
  return {
    createVolumeSnapshot: (params: CreateVolumeSnapshotParams, init?: OperationInit) => createVolumeSnapshot(client, params, init),
    getApiJob: (params: GetApiJobParams, init?: OperationInit) => getApiJob(client, params, init),
    getVolumeSnapshot: (params: GetVolumeSnapshotParams, init?: OperationInit) => getVolumeSnapshot(client, params, init),
    logInByAccount: (params: LogInByAccountParams, init?: OperationInit) => logInByAccount(client, params, init),
    logOut: (params: LogOutParams, init?: OperationInit) => logOut(client, params, init),
    queryVolumeSnapshot: (params?: QueryVolumeSnapshotParams, init?: OperationInit) => queryVolumeSnapshot(client, params, init),
  };
}

/** The operations of this API, bound to a client. */
export type Operations = ReturnType<typeof createOperations>;
