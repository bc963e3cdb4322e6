// This file is generated. Do not edit it by hand.
// Source: specs/ncloud/vserver.yaml
// Regenerate with: pnpm generate

import type { Client } from "openapi-fetch";
import type { OperationInit } from "../runtime";
import { serializeForm, serializeIndexedQuery } from "../runtime";
import type { operations, paths } from "./types";

/** Parameters of `createBlockStorageSnapshotInstance`: path, query and header parameters and body properties, by spec name. */
export type CreateBlockStorageSnapshotInstanceParams = NonNullable<operations["createBlockStorageSnapshotInstance"]["requestBody"]>["content"]["application/x-www-form-urlencoded"];

/** The 200 body of `createBlockStorageSnapshotInstance` (JSON form; an XML form, where offered, decodes to the same value). */
export type CreateBlockStorageSnapshotInstanceResult = operations["createBlockStorageSnapshotInstance"]["responses"][200]["content"]["application/json"];

/** Create a block storage snapshot (form POST) */
export function createBlockStorageSnapshotInstance(client: Client<paths>, params: CreateBlockStorageSnapshotInstanceParams, init: OperationInit = {}) {
  return client.POST("/vserver/v2/createBlockStorageSnapshotInstance", {
    ...init,
    body: { blockStorageSnapshotDescription: params.blockStorageSnapshotDescription, blockStorageSnapshotName: params.blockStorageSnapshotName, originalBlockStorageInstanceNo: params.originalBlockStorageInstanceNo, regionCode: params.regionCode, responseFormatType: params.responseFormatType, snapshotTypeCode: params.snapshotTypeCode },
    bodySerializer: serializeForm,
    headers: { ...init.headers, "Content-Type": "application/x-www-form-urlencoded" },
    parseAs: "text",
  });
}

/** Parameters of `createBlockStorageSnapshotInstanceViaGet`: path, query and header parameters and body properties, by spec name. */
export type CreateBlockStorageSnapshotInstanceViaGetParams = NonNullable<operations["createBlockStorageSnapshotInstanceViaGet"]["parameters"]["query"]>;

/** The 200 body of `createBlockStorageSnapshotInstanceViaGet` (JSON form; an XML form, where offered, decodes to the same value). */
export type CreateBlockStorageSnapshotInstanceViaGetResult = operations["createBlockStorageSnapshotInstanceViaGet"]["responses"][200]["content"]["application/json"];

/** Create a block storage snapshot (query GET) */
export function createBlockStorageSnapshotInstanceViaGet(client: Client<paths>, params: CreateBlockStorageSnapshotInstanceViaGetParams, init: OperationInit = {}) {
  return client.GET("/vserver/v2/createBlockStorageSnapshotInstance", {
    ...init,
    params: { query: { regionCode: params.regionCode, originalBlockStorageInstanceNo: params.originalBlockStorageInstanceNo, blockStorageSnapshotName: params.blockStorageSnapshotName, blockStorageSnapshotDescription: params.blockStorageSnapshotDescription, snapshotTypeCode: params.snapshotTypeCode, responseFormatType: params.responseFormatType } },
    parseAs: "text",
  });
}

/** Parameters of `getBlockStorageSnapshotInstanceDetail`: path, query and header parameters and body properties, by spec name. */
export type GetBlockStorageSnapshotInstanceDetailParams = NonNullable<operations["getBlockStorageSnapshotInstanceDetail"]["requestBody"]>["content"]["application/x-www-form-urlencoded"];

/** The 200 body of `getBlockStorageSnapshotInstanceDetail` (JSON form; an XML form, where offered, decodes to the same value). */
export type GetBlockStorageSnapshotInstanceDetailResult = operations["getBlockStorageSnapshotInstanceDetail"]["responses"][200]["content"]["application/json"];

/** Read one block storage snapshot (form POST) */
export function getBlockStorageSnapshotInstanceDetail(client: Client<paths>, params: GetBlockStorageSnapshotInstanceDetailParams, init: OperationInit = {}) {
  return client.POST("/vserver/v2/getBlockStorageSnapshotInstanceDetail", {
    ...init,
    body: { blockStorageSnapshotInstanceNo: params.blockStorageSnapshotInstanceNo, regionCode: params.regionCode, responseFormatType: params.responseFormatType },
    bodySerializer: serializeForm,
    headers: { ...init.headers, "Content-Type": "application/x-www-form-urlencoded" },
    parseAs: "text",
  });
}

/** Parameters of `getBlockStorageSnapshotInstanceDetailViaGet`: path, query and header parameters and body properties, by spec name. */
export type GetBlockStorageSnapshotInstanceDetailViaGetParams = NonNullable<operations["getBlockStorageSnapshotInstanceDetailViaGet"]["parameters"]["query"]>;

/** The 200 body of `getBlockStorageSnapshotInstanceDetailViaGet` (JSON form; an XML form, where offered, decodes to the same value). */
export type GetBlockStorageSnapshotInstanceDetailViaGetResult = operations["getBlockStorageSnapshotInstanceDetailViaGet"]["responses"][200]["content"]["application/json"];

/** Read one block storage snapshot (query GET) */
export function getBlockStorageSnapshotInstanceDetailViaGet(client: Client<paths>, params: GetBlockStorageSnapshotInstanceDetailViaGetParams, init: OperationInit = {}) {
  return client.GET("/vserver/v2/getBlockStorageSnapshotInstanceDetail", {
    ...init,
    params: { query: { regionCode: params.regionCode, blockStorageSnapshotInstanceNo: params.blockStorageSnapshotInstanceNo, responseFormatType: params.responseFormatType } },
    parseAs: "text",
  });
}

/** Parameters of `getBlockStorageSnapshotInstanceList`: path, query and header parameters and body properties, by spec name. */
export type GetBlockStorageSnapshotInstanceListParams = NonNullable<operations["getBlockStorageSnapshotInstanceList"]["requestBody"]>["content"]["application/x-www-form-urlencoded"];

/** The 200 body of `getBlockStorageSnapshotInstanceList` (JSON form; an XML form, where offered, decodes to the same value). */
export type GetBlockStorageSnapshotInstanceListResult = operations["getBlockStorageSnapshotInstanceList"]["responses"][200]["content"]["application/json"];

/** List block storage snapshots (form POST) */
export function getBlockStorageSnapshotInstanceList(client: Client<paths>, params: GetBlockStorageSnapshotInstanceListParams = {}, init: OperationInit = {}) {
  return client.POST("/vserver/v2/getBlockStorageSnapshotInstanceList", {
    ...init,
    body: { blockStorageSnapshotInstanceNoList: params.blockStorageSnapshotInstanceNoList, blockStorageSnapshotInstanceStatusCode: params.blockStorageSnapshotInstanceStatusCode, blockStorageSnapshotName: params.blockStorageSnapshotName, blockStorageSnapshotVolumeSize: params.blockStorageSnapshotVolumeSize, hypervisorTypeCodeList: params.hypervisorTypeCodeList, isBootable: params.isBootable, isEncryptedOriginalBlockStorageVolume: params.isEncryptedOriginalBlockStorageVolume, originalBlockStorageInstanceNoList: params.originalBlockStorageInstanceNoList, pageNo: params.pageNo, pageSize: params.pageSize, regionCode: params.regionCode, responseFormatType: params.responseFormatType, sortedBy: params.sortedBy, sortingOrder: params.sortingOrder },
    bodySerializer: serializeForm,
    headers: { ...init.headers, "Content-Type": "application/x-www-form-urlencoded" },
    parseAs: "text",
  });
}

/** Parameters of `getBlockStorageSnapshotInstanceListViaGet`: path, query and header parameters and body properties, by spec name. */
export type GetBlockStorageSnapshotInstanceListViaGetParams = NonNullable<operations["getBlockStorageSnapshotInstanceListViaGet"]["parameters"]["query"]>;

/** The 200 body of `getBlockStorageSnapshotInstanceListViaGet` (JSON form; an XML form, where offered, decodes to the same value). */
export type GetBlockStorageSnapshotInstanceListViaGetResult = operations["getBlockStorageSnapshotInstanceListViaGet"]["responses"][200]["content"]["application/json"];

/** List block storage snapshots (query GET) */
export function getBlockStorageSnapshotInstanceListViaGet(client: Client<paths>, params: GetBlockStorageSnapshotInstanceListViaGetParams = {}, init: OperationInit = {}) {
  return client.GET("/vserver/v2/getBlockStorageSnapshotInstanceList", {
    ...init,
    params: { query: { regionCode: params.regionCode, blockStorageSnapshotInstanceNoList: params.blockStorageSnapshotInstanceNoList, blockStorageSnapshotName: params.blockStorageSnapshotName, blockStorageSnapshotInstanceStatusCode: params.blockStorageSnapshotInstanceStatusCode, originalBlockStorageInstanceNoList: params.originalBlockStorageInstanceNoList, blockStorageSnapshotVolumeSize: params.blockStorageSnapshotVolumeSize, isEncryptedOriginalBlockStorageVolume: params.isEncryptedOriginalBlockStorageVolume, hypervisorTypeCodeList: params.hypervisorTypeCodeList, isBootable: params.isBootable, pageNo: params.pageNo, pageSize: params.pageSize, sortedBy: params.sortedBy, sortingOrder: params.sortingOrder, responseFormatType: params.responseFormatType } },
    querySerializer: serializeIndexedQuery,
    parseAs: "text",
  });
}

/** Binds every operation of this API to one openapi-fetch client. */
export function createOperations(client: Client<paths>) {
  return {
    createBlockStorageSnapshotInstance: (params: CreateBlockStorageSnapshotInstanceParams, init?: OperationInit) => createBlockStorageSnapshotInstance(client, params, init),
    createBlockStorageSnapshotInstanceViaGet: (params: CreateBlockStorageSnapshotInstanceViaGetParams, init?: OperationInit) => createBlockStorageSnapshotInstanceViaGet(client, params, init),
    getBlockStorageSnapshotInstanceDetail: (params: GetBlockStorageSnapshotInstanceDetailParams, init?: OperationInit) => getBlockStorageSnapshotInstanceDetail(client, params, init),
    getBlockStorageSnapshotInstanceDetailViaGet: (params: GetBlockStorageSnapshotInstanceDetailViaGetParams, init?: OperationInit) => getBlockStorageSnapshotInstanceDetailViaGet(client, params, init),
    getBlockStorageSnapshotInstanceList: (params?: GetBlockStorageSnapshotInstanceListParams, init?: OperationInit) => getBlockStorageSnapshotInstanceList(client, params, init),
    getBlockStorageSnapshotInstanceListViaGet: (params?: GetBlockStorageSnapshotInstanceListViaGetParams, init?: OperationInit) => getBlockStorageSnapshotInstanceListViaGet(client, params, init),
  };
}

/** The operations of this API, bound to a client. */
export type Operations = ReturnType<typeof createOperations>;
