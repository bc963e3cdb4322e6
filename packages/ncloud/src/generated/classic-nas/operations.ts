// This file is generated. Do not edit it by hand.
// Source: specs/ncloud/classic-nas.yaml
// Regenerate with: pnpm generate

import type { Client } from "openapi-fetch";
import type { OperationInit } from "../runtime";
import { serializeForm, serializeIndexedQuery } from "../runtime";
import type { operations, paths } from "./types";

/** Parameters of `createNasVolumeSnapshot`: path, query and header parameters and body properties, by spec name. */
export type CreateNasVolumeSnapshotParams = NonNullable<operations["createNasVolumeSnapshot"]["requestBody"]>["content"]["application/x-www-form-urlencoded"];

/** The 200 body of `createNasVolumeSnapshot` (JSON form; an XML form, where offered, decodes to the same value). */
export type CreateNasVolumeSnapshotResult = operations["createNasVolumeSnapshot"]["responses"][200]["content"]["application/json"];

/** Take a snapshot of a NAS volume (form POST) */
export function createNasVolumeSnapshot(client: Client<paths>, params: CreateNasVolumeSnapshotParams, init: OperationInit = {}) {
  return client.POST("/server/v2/createNasVolumeSnapshot", {
    ...init,
    body: { nasVolumeInstanceNo: params.nasVolumeInstanceNo, responseFormatType: params.responseFormatType },
    bodySerializer: serializeForm,
    headers: { ...init.headers, "Content-Type": "application/x-www-form-urlencoded" },
    parseAs: "text",
  });
}

/** Parameters of `createNasVolumeSnapshotViaGet`: path, query and header parameters and body properties, by spec name. */
export type CreateNasVolumeSnapshotViaGetParams = NonNullable<operations["createNasVolumeSnapshotViaGet"]["parameters"]["query"]>;

/** The 200 body of `createNasVolumeSnapshotViaGet` (JSON form; an XML form, where offered, decodes to the same value). */
export type CreateNasVolumeSnapshotViaGetResult = operations["createNasVolumeSnapshotViaGet"]["responses"][200]["content"]["application/json"];

/** Take a snapshot of a NAS volume (query GET) */
export function createNasVolumeSnapshotViaGet(client: Client<paths>, params: CreateNasVolumeSnapshotViaGetParams, init: OperationInit = {}) {
  return client.GET("/server/v2/createNasVolumeSnapshot", {
    ...init,
    params: { query: { nasVolumeInstanceNo: params.nasVolumeInstanceNo, responseFormatType: params.responseFormatType } },
    parseAs: "text",
  });
}

/** Parameters of `getNasVolumeInstanceList`: path, query and header parameters and body properties, by spec name. */
export type GetNasVolumeInstanceListParams = NonNullable<operations["getNasVolumeInstanceList"]["requestBody"]>["content"]["application/x-www-form-urlencoded"];

/** The 200 body of `getNasVolumeInstanceList` (JSON form; an XML form, where offered, decodes to the same value). */
export type GetNasVolumeInstanceListResult = operations["getNasVolumeInstanceList"]["responses"][200]["content"]["application/json"];

/** List NAS volumes with their snapshot reserve (form POST) */
export function getNasVolumeInstanceList(client: Client<paths>, params: GetNasVolumeInstanceListParams = {}, init: OperationInit = {}) {
  return client.POST("/server/v2/getNasVolumeInstanceList", {
    ...init,
    body: { isEventConfiguration: params.isEventConfiguration, isSnapshotConfiguration: params.isSnapshotConfiguration, nasVolumeInstanceNoList: params.nasVolumeInstanceNoList, regionNo: params.regionNo, responseFormatType: params.responseFormatType, volumeAllotmentProtocolTypeCode: params.volumeAllotmentProtocolTypeCode, zoneNo: params.zoneNo },
    bodySerializer: serializeForm,
    headers: { ...init.headers, "Content-Type": "application/x-www-form-urlencoded" },
    parseAs: "text",
  });
}

/** Parameters of `getNasVolumeInstanceListViaGet`: path, query and header parameters and body properties, by spec name. */
export type GetNasVolumeInstanceListViaGetParams = NonNullable<operations["getNasVolumeInstanceListViaGet"]["parameters"]["query"]>;

/** The 200 body of `getNasVolumeInstanceListViaGet` (JSON form; an XML form, where offered, decodes to the same value). */
export type GetNasVolumeInstanceListViaGetResult = operations["getNasVolumeInstanceListViaGet"]["responses"][200]["content"]["application/json"];

/** List NAS volumes with their snapshot reserve (query GET) */
export function getNasVolumeInstanceListViaGet(client: Client<paths>, params: GetNasVolumeInstanceListViaGetParams = {}, init: OperationInit = {}) {
  return client.GET("/server/v2/getNasVolumeInstanceList", {
    ...init,
    params: { query: { volumeAllotmentProtocolTypeCode: params.volumeAllotmentProtocolTypeCode, isEventConfiguration: params.isEventConfiguration, isSnapshotConfiguration: params.isSnapshotConfiguration, nasVolumeInstanceNoList: params.nasVolumeInstanceNoList, regionNo: params.regionNo, zoneNo: params.zoneNo, responseFormatType: params.responseFormatType } },
    querySerializer: serializeIndexedQuery,
    parseAs: "text",
  });
}

/** Parameters of `getNasVolumeSnapshotList`: path, query and header parameters and body properties, by spec name. */
export type GetNasVolumeSnapshotListParams = NonNullable<operations["getNasVolumeSnapshotList"]["requestBody"]>["content"]["application/x-www-form-urlencoded"];

/** The 200 body of `getNasVolumeSnapshotList` (JSON form; an XML form, where offered, decodes to the same value). */
export type GetNasVolumeSnapshotListResult = operations["getNasVolumeSnapshotList"]["responses"][200]["content"]["application/json"];

/** List the snapshots of a NAS volume (form POST) */
export function getNasVolumeSnapshotList(client: Client<paths>, params: GetNasVolumeSnapshotListParams, init: OperationInit = {}) {
  return client.POST("/server/v2/getNasVolumeSnapshotList", {
    ...init,
    body: { nasVolumeInstanceNo: params.nasVolumeInstanceNo, responseFormatType: params.responseFormatType },
    bodySerializer: serializeForm,
    headers: { ...init.headers, "Content-Type": "application/x-www-form-urlencoded" },
    parseAs: "text",
  });
}

/** Parameters of `getNasVolumeSnapshotListViaGet`: path, query and header parameters and body properties, by spec name. */
export type GetNasVolumeSnapshotListViaGetParams = NonNullable<operations["getNasVolumeSnapshotListViaGet"]["parameters"]["query"]>;

/** The 200 body of `getNasVolumeSnapshotListViaGet` (JSON form; an XML form, where offered, decodes to the same value). */
export type GetNasVolumeSnapshotListViaGetResult = operations["getNasVolumeSnapshotListViaGet"]["responses"][200]["content"]["application/json"];

/** List the snapshots of a NAS volume (query GET) */
export function getNasVolumeSnapshotListViaGet(client: Client<paths>, params: GetNasVolumeSnapshotListViaGetParams, init: OperationInit = {}) {
  return client.GET("/server/v2/getNasVolumeSnapshotList", {
    ...init,
    params: { query: { nasVolumeInstanceNo: params.nasVolumeInstanceNo, responseFormatType: params.responseFormatType } },
    parseAs: "text",
  });
}

/** Binds every operation of this API to one openapi-fetch client. */
export function createOperations(client: Client<paths>) {
  return {
    createNasVolumeSnapshot: (params: CreateNasVolumeSnapshotParams, init?: OperationInit) => createNasVolumeSnapshot(client, params, init),
    createNasVolumeSnapshotViaGet: (params: CreateNasVolumeSnapshotViaGetParams, init?: OperationInit) => createNasVolumeSnapshotViaGet(client, params, init),
    getNasVolumeInstanceList: (params?: GetNasVolumeInstanceListParams, init?: OperationInit) => getNasVolumeInstanceList(client, params, init),
    getNasVolumeInstanceListViaGet: (params?: GetNasVolumeInstanceListViaGetParams, init?: OperationInit) => getNasVolumeInstanceListViaGet(client, params, init),
    getNasVolumeSnapshotList: (params: GetNasVolumeSnapshotListParams, init?: OperationInit) => getNasVolumeSnapshotList(client, params, init),
    getNasVolumeSnapshotListViaGet: (params: GetNasVolumeSnapshotListViaGetParams, init?: OperationInit) => getNasVolumeSnapshotListViaGet(client, params, init),
  };
}

/** The operations of this API, bound to a client. */
export type Operations = ReturnType<typeof createOperations>;
