// This file is generated. Do not edit it by hand.
// Source: specs/huaweicloud/evs.yaml
// Regenerate with: pnpm generate

import type { Client } from "openapi-fetch";
import type { OperationInit } from "../runtime";
import type { operations, paths } from "./types";

/** Parameters of `createSnapshot`: path, query and header parameters and body properties, by spec name. */
export type CreateSnapshotParams = NonNullable<operations["createSnapshot"]["parameters"]["path"]> & NonNullable<operations["createSnapshot"]["requestBody"]>["content"]["application/json"];

/** The 202 body of `createSnapshot` (JSON form; an XML form, where offered, decodes to the same value). */
export type CreateSnapshotResult = operations["createSnapshot"]["responses"][202]["content"]["application/json"];

/** Create a standard snapshot of a disk */
export function createSnapshot(client: Client<paths>, params: CreateSnapshotParams, init: OperationInit = {}) {
  return client.POST("/v5/{project_id}/snapshots", {
    ...init,
    params: { path: { project_id: params.project_id } },
    body: { snapshot: params.snapshot },
  });
}

/** Parameters of `listSnapshots`: path, query and header parameters and body properties, by spec name. */
export type ListSnapshotsParams = NonNullable<operations["listSnapshots"]["parameters"]["path"]> & NonNullable<operations["listSnapshots"]["parameters"]["query"]>;

/** The 200 body of `listSnapshots` (JSON form; an XML form, where offered, decodes to the same value). */
export type ListSnapshotsResult = operations["listSnapshots"]["responses"][200]["content"]["application/json"];

/** List standard snapshots with details */
export function listSnapshots(client: Client<paths>, params: ListSnapshotsParams, init: OperationInit = {}) {
  return client.GET("/v5/{project_id}/snapshots/detail", {
    ...init,
    params: { path: { project_id: params.project_id }, query: { marker: params.marker, volume_id: params.volume_id, availability_zone: params.availability_zone, limit: params.limit, offset: params.offset, name: params.name, status: params.status, sort_key: params.sort_key, sort_dir: params.sort_dir, id: params.id, snapshot_type: params.snapshot_type, enterprise_project_id: params.enterprise_project_id, snapshot_chain_id: params.snapshot_chain_id, snapshot_group_id: params.snapshot_group_id } },
  });
}

/** Parameters of `showJob`: path, query and header parameters and body properties, by spec name. */
export type ShowJobParams = NonNullable<operations["showJob"]["parameters"]["path"]>;

/** The 200 body of `showJob` (JSON form; an XML form, where offered, decodes to the same value). */
export type ShowJobResult = operations["showJob"]["responses"][200]["content"]["application/json"];

/** Show the status of an EVS job (v1 path, documented) */
export function showJob(client: Client<paths>, params: ShowJobParams, init: OperationInit = {}) {
  return client.GET("/v1/{project_id}/jobs/{job_id}", {
    ...init,
    params: { path: { project_id: params.project_id, job_id: params.job_id } },
  });
}

/** Parameters of `showJobV2`: path, query and header parameters and body properties, by spec name. */
export type ShowJobV2Params = NonNullable<operations["showJobV2"]["parameters"]["path"]>;

/** The 200 body of `showJobV2` (JSON form; an XML form, where offered, decodes to the same value). */
export type ShowJobV2Result = operations["showJobV2"]["responses"][200]["content"]["application/json"];

/** Show the status of an EVS job (v2 path, used by the vendor Terraform provider) */
export function showJobV2(client: Client<paths>, params: ShowJobV2Params, init: OperationInit = {}) {
  return client.GET("/v2/{project_id}/jobs/{job_id}", {
    ...init,
    params: { path: { project_id: params.project_id, job_id: params.job_id } },
  });
}

/** Parameters of `showSnapshot`: path, query and header parameters and body properties, by spec name. */
export type ShowSnapshotParams = NonNullable<operations["showSnapshot"]["parameters"]["path"]>;

/** The 200 body of `showSnapshot` (JSON form; an XML form, where offered, decodes to the same value). */
export type ShowSnapshotResult = operations["showSnapshot"]["responses"][200]["content"]["application/json"];

/** Show one standard snapshot */
export function showSnapshot(client: Client<paths>, params: ShowSnapshotParams, init: OperationInit = {}) {
  return client.GET("/v5/{project_id}/snapshots/{snapshot_id}", {
    ...init,
    params: { path: { project_id: params.project_id, snapshot_id: params.snapshot_id } },
  });
}

/** Binds every operation of this API to one openapi-fetch client. */
export function createOperations(client: Client<paths>) {
  return {
    createSnapshot: (params: CreateSnapshotParams, init?: OperationInit) => createSnapshot(client, params, init),
    listSnapshots: (params: ListSnapshotsParams, init?: OperationInit) => listSnapshots(client, params, init),
    showJob: (params: ShowJobParams, init?: OperationInit) => showJob(client, params, init),
    showJobV2: (params: ShowJobV2Params, init?: OperationInit) => showJobV2(client, params, init),
    showSnapshot: (params: ShowSnapshotParams, init?: OperationInit) => showSnapshot(client, params, init),
  };
}

/** The operations of this API, bound to a client. */
export type Operations = ReturnType<typeof createOperations>;
