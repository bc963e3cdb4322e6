// This file is generated. Do not edit it by hand.
// Source: specs/huaweicloud/evs.yaml
// Regenerate with: pnpm generate
export interface paths {
    "/v5/{project_id}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the project (region-level tenant) that owns the resources. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a standard snapshot of a disk
         * @description Starts an asynchronous task that takes a standard snapshot of one EVS disk. The call answers
         *     202 at once with the new snapshot's id and, usually, a job id; the snapshot is usable when
         *     the job reaches `SUCCESS` (see `showJob`) or the snapshot's status becomes `available`
         *     (see `showSnapshot`).
         *
         *     If another snapshot of the same disk is still being taken, the call fails with HTTP 409 and
         *     error code `EVS.2409`; nothing was created, so the call can safely be repeated after a pause
         *     (the vendor Terraform provider waits 10 s between attempts). The call is not idempotent
         *     otherwise: do not repeat it blindly after a timeout or a 5xx.
         */
        post: operations["createSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/snapshots/detail": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the project (region-level tenant) that owns the resources. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * List standard snapshots with details
         * @description Returns the standard snapshots of the project, one page at a time, optionally filtered. Page
         *     with `limit` and either `offset` or `marker` (the id of the last snapshot of the previous page).
         *     An empty `snapshots` array means there are no more results.
         */
        get: operations["listSnapshots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v5/{project_id}/snapshots/{snapshot_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the project (region-level tenant) that owns the resources. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Id of the snapshot, as returned by `createSnapshot`. */
                snapshot_id: string;
            };
            cookie?: never;
        };
        /**
         * Show one standard snapshot
         * @description Returns the details of one standard snapshot. A snapshot is usable once its `status` is
         *     `available`; `error` means it failed. After the snapshot is deleted this call answers 404.
         *     The field list follows the vendor Terraform provider (UNCONFIRMED against a provider page).
         */
        get: operations["showSnapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{project_id}/jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the project (region-level tenant) that owns the resources. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Id of the job, as returned in `job_id` by `createSnapshot`. */
                job_id: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        /**
         * Show the status of an EVS job (v1 path, documented)
         * @description Returns the state of an asynchronous EVS task, such as the one `createSnapshot` starts. Poll
         *     until `status` is `SUCCESS` (done) or `FAIL` (failed, see `fail_reason` and `error_code`);
         *     every other value means the task is still pending. This is the path the provider documentation
         *     links from the v5 snapshot pages (`evs_04_0054`). Whether it knows v5 snapshot jobs is
         *     UNCONFIRMED: on 404 fall back to `showJobV2` or to polling the snapshot.
         */
        get: operations["showJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/{project_id}/jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the project (region-level tenant) that owns the resources. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Id of the job, as returned in `job_id` by `createSnapshot`. */
                job_id: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        /**
         * Show the status of an EVS job (v2 path, used by the vendor Terraform provider)
         * @description The job path the vendor Terraform provider polls after creating a v5 snapshot. No provider page
         *     describes it (CONFLICT with the documented v1 path, UNCONFIRMED), so its response is assumed to
         *     have the same shape as `showJob`; the Terraform provider reads only `status` (`SUCCESS` done,
         *     `FAIL` failed with `fail_reason`, anything else pending). A waiter tries `showJob` first and
         *     falls back to this path.
         */
        get: operations["showJobV2"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Body of `createSnapshot`. */
        CreateSnapshotRequest: {
            snapshot: components["schemas"]["CreateStandardSnapshot"];
        };
        /** @description What to snapshot and how. Every member is optional in the provider document. */
        CreateStandardSnapshot: {
            /**
             * @description Id of the EVS disk to snapshot. Optional in the provider document, and so here; what the
             *     service does without it is not documented. The cloudsnap client refuses a create without
             *     it before sending (the vendor Terraform provider also requires it).
             */
            volume_id?: string;
            /**
             * @description Snapshot name, at most 64 characters (Creating a Snapshot page). Two rules here are not on
             *     that page and could refuse a name the create API accepts: an empty name is refused (no page
             *     gives a minimum; leave `name` out instead), and so is a name starting with
             *     `autobk_snapshot_`, because the Updating Snapshot Information page
             *     (https://support.huaweicloud.com/intl/en-us/api-evs/UpdateSnapshotV5.html) says backups
             *     name their snapshots with that prefix, that operations cannot be performed on such
             *     snapshots, and advises against it.
             * @example before-migration
             */
            name?: string;
            /** @description Free text about the snapshot, at most 85 characters. */
            description?: string;
            /** @description Tags to attach to the snapshot, as key/value string pairs. */
            tags?: {
                [key: string]: string;
            };
            /**
             * @description Enterprise project to put the snapshot in; `0` (the default) is the default enterprise project.
             * @default 0
             */
            enterprise_project_id?: string;
            /**
             * @description Turn on Instant Snapshot Restore for this snapshot. Off unless set.
             * @default false
             */
            instant_access?: boolean;
            /**
             * @description Take an incremental snapshot (the default); `false` takes a full one.
             * @default true
             */
            incremental?: boolean;
        };
        /** @description Ids returned when the snapshot task has been accepted. */
        CreateSnapshotResponse: {
            /**
             * @description Id of the task that creates the snapshot; poll it with `showJob`. The vendor Terraform
             *     provider treats it as possibly empty, in which case poll the snapshot instead.
             */
            job_id?: string;
            /** @description Id of the new snapshot. */
            snapshot_id: string;
        };
        /**
         * @description Life-cycle state of a snapshot: `creating` (being taken), `available` (usable), `error`
         *     (creation failed), `deleting`, `error_deleting` (deletion failed), `rollbacking` (its data is
         *     being restored to the disk), `backing-up` (a backup is being made from it).
         * @enum {string}
         */
        SnapshotStatus: "creating" | "available" | "error" | "deleting" | "error_deleting" | "rollbacking" | "backing-up";
        /** @description A chain of incremental snapshots that share one full base. */
        SnapshotChain: {
            /** @description Id of the snapshot chain. */
            id?: string;
            /** @description Availability zone of the chain. */
            availability_zone?: string;
            /** @description Number of snapshots in the chain. */
            snapshot_count?: number;
            /** @description Capacity of the chain (reported as an integer; GiB assumed). */
            capacity?: number;
            /** @description Id of the disk the chain belongs to. */
            volume_id?: string;
            /** @description Category of the chain's snapshots. */
            category?: string | null;
            /** @description When the chain was created (provider time stamp text). */
            created_at?: string | null;
            /** @description When the chain last changed (provider time stamp text). */
            updated_at?: string | null;
        };
        /** @description A standard snapshot as EVS reports it. */
        SnapshotDetail: {
            /** @description Id of the snapshot. */
            id: string;
            /** @description Name of the snapshot. */
            name?: string | null;
            /** @description Description of the snapshot. */
            description?: string | null;
            /** @description Id of the source disk. */
            volume_id?: string | null;
            status: components["schemas"]["SnapshotStatus"];
            /** @description Size of the source disk when the snapshot was taken, in GiB. */
            size?: number;
            /** @description When the snapshot was created (provider time stamp text, zone not guaranteed). */
            created_at?: string | null;
            /** @description When the snapshot last changed (provider time stamp text, zone not guaranteed). */
            updated_at?: string | null;
            /** @description Enterprise project of the snapshot (`0` is the default project). */
            enterprise_project_id?: string | null;
            /** @description Tags of the snapshot as key/value string pairs. */
            tags?: {
                [key: string]: string;
            } | null;
            /** @description Whether the snapshot data is encrypted. */
            encrypted?: boolean | null;
            /** @description Id of the customer master key used for encryption, if any. */
            cmk_id?: string | null;
            /** @description Encryption algorithm, if the snapshot is encrypted. */
            encrypt_algorithm?: string | null;
            /** @description Snapshot category (for example `standard`). */
            category?: string | null;
            /** @description Availability zone of the snapshot. */
            availability_zone?: string | null;
            /** @description Whether Instant Snapshot Restore is on. */
            instant_access?: boolean | null;
            /** @description When Instant Snapshot Restore ends for this snapshot, if set. */
            instant_access_retention_at?: string | null;
            /** @description When the snapshot is due to be removed, if a retention time is set. */
            retention_at?: string | null;
            /** @description Whether the snapshot is incremental (`false` means full). */
            incremental?: boolean | null;
            /** @description How the snapshot was made, for example `user`, `auto` or `copy`. */
            snapshot_type?: string | null;
            /** @description Creation progress as text, for example `35%`. */
            progress?: string | null;
            /** @description Id of the snapshot group the snapshot belongs to, if any. */
            snapshot_group_id?: string | null;
            /** @description Snapshot chains the snapshot is part of. */
            snapshot_chains?: components["schemas"]["SnapshotChain"][] | null;
        };
        /** @description Body of `showSnapshot`. */
        ShowSnapshotResponse: {
            snapshot: components["schemas"]["SnapshotDetail"];
        };
        /** @description Body of `listSnapshots`. */
        ListSnapshotsResponse: {
            /** @description The snapshots of this page; empty when there are no (more) results. */
            snapshots: components["schemas"]["SnapshotDetail"][];
            /** @description Total number of snapshots matching the filters, when the provider reports it. */
            count?: number;
        };
        /** @description One sub-task of a batch job. */
        JobSubJob: {
            /** @description Status of the sub-task (same values as the job status). */
            status?: string;
            /** @description Id of the sub-task. */
            job_id?: string;
            /** @description Kind of sub-task. */
            job_type?: string;
            /** @description When the sub-task started. */
            begin_time?: string | null;
            /** @description When the sub-task finished. */
            end_time?: string | null;
            /** @description Error code if the sub-task failed. */
            error_code?: string | null;
            /** @description Why the sub-task failed. */
            fail_reason?: string | null;
            /** @description Task-specific result data. */
            entities?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Task-specific result data; its content depends on the kind of task. The documented members are
         *     those of disk tasks; a snapshot task may report other members.
         */
        JobEntities: {
            /** @description Id of the disk the task worked on. */
            volume_id?: string;
            /** @description Name of the disk the task worked on. */
            name?: string;
            /** @description Size of the disk, in GiB. */
            size?: number;
            /** @description Disk type. */
            volume_type?: string;
            /** @description Sub-tasks of a batch task. */
            sub_jobs?: components["schemas"]["JobSubJob"][];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description `SUCCESS` (finished), `FAIL` (failed), `RUNNING` (in progress), `INIT` (being initialised),
         *     `WAITING_EXECUTE` (queued), `LISTENING` (waiting for a condition). Only `SUCCESS` and `FAIL`
         *     are final.
         * @enum {string}
         */
        JobStatus: "SUCCESS" | "RUNNING" | "FAIL" | "INIT" | "WAITING_EXECUTE" | "LISTENING";
        /** @description State of an asynchronous EVS task. */
        ShowJobResponse: {
            status: components["schemas"]["JobStatus"];
            entities?: components["schemas"]["JobEntities"];
            /** @description Id of the task. */
            job_id?: string;
            /** @description Kind of task (for example `createVolume`); snapshot task names are not documented. */
            job_type?: string;
            /** @description When the task started, documented as `YYYY-MM-DDTHH:MM:SS.SSSZ`. */
            begin_time?: string | null;
            /** @description When the task finished, same format; empty or null while it runs. */
            end_time?: string | null;
            /** @description Error code when the task failed. */
            error_code?: string | null;
            /** @description Why the task failed. */
            fail_reason?: string | null;
        };
        /** @description Error reported by EVS itself. */
        ServiceError: {
            /** @description The error details. */
            error: {
                /** @description EVS error code such as `EVS.2409` (see the EVS error code table). */
                code: string;
                /** @description Human-readable explanation of the error. */
                message?: string;
            };
        };
        /** @description Error reported by the Huawei API Gateway in front of EVS (authentication, throttling). */
        GatewayError: {
            /** @description Gateway error code such as `APIGW.0301` (older services report `APIG.` codes). */
            error_code: string;
            /** @description Human-readable explanation of the error. */
            error_msg: string;
            /** @description Id of the request at the gateway. */
            request_id?: string;
        };
        /**
         * @description OpenStack-style fault: a single key naming the fault (`itemNotFound`, `badRequest`, `overLimit`,
         *     ...) that holds its message and code. The official SDKs read this shape; which EVS calls send
         *     it is UNCONFIRMED.
         */
        OpenStackFault: {
            [key: string]: components["schemas"]["OpenStackFaultDetail"];
        };
        /** @description The message and code inside an OpenStack-style fault. */
        OpenStackFaultDetail: {
            /** @description Human-readable explanation of the error. */
            message: string;
            /** @description The HTTP status as a number (the OpenStack convention) or an error code as text. */
            code?: number | string;
        };
        /**
         * @description The body of every EVS error status. Which shape a given failure uses is not documented, so
         *     all three are accepted (`anyOf`, not `oneOf`: a one-key EVS body such as `{"error":{...}}`
         *     also has the OpenStack fault's form): EVS's own `{"error":{"code","message"}}`, the API
         *     Gateway's `{"error_code","error_msg","request_id"}`, and an OpenStack-style fault
         *     `{"itemNotFound":{"message","code"}}`. The cloudsnap client reads the code and the message
         *     from whichever arrives, and takes the request id from `X-Request-Id` when the body has none.
         */
        ErrorBody: components["schemas"]["ServiceError"] | components["schemas"]["GatewayError"] | components["schemas"]["OpenStackFault"];
    };
    responses: {
        /** @description The task's state. */
        JobStatus: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ShowJobResponse"];
            };
        };
        /**
         * @description The request was rejected as invalid. The body is any of the three error shapes (`ErrorBody`);
         *     the provider document shows EVS's own.
         */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description Authentication failed at the API Gateway: a wrong or expired signature, an `X-Sdk-Date` more
         *     than 15 minutes off, or a missing, invalid or expired token. The body is any of the three error
         *     shapes (`ErrorBody`); the gateway sends its own.
         */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The caller is authenticated but not allowed: EVS refuses the token's roles (`EVS.0003`), or the
         *     gateway refuses the user in this region (APIGW code UNCONFIRMED). The body is any of the three
         *     error shapes (`ErrorBody`).
         */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The snapshot, job or disk does not exist (or is not visible to this project). The body is any
         *     of the three error shapes (`ErrorBody`); the EVS code is UNCONFIRMED and the examples are
         *     illustrative.
         */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description Another snapshot of the same disk is still being created (`EVS.2409`). Nothing was created;
         *     wait and repeat the call. The body is any of the three error shapes (`ErrorBody`).
         */
        SnapshotInProgress: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description The API Gateway throttled the request; retry after a delay with back-off. The exact code for EVS
         *     is UNCONFIRMED (documented elsewhere as `APIG.0308`). The body is any of the three error shapes
         *     (`ErrorBody`); the gateway sends its own.
         */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description EVS failed internally. The request may have been carried out; do not repeat a create without
         *     checking first. The body is any of the three error shapes (`ErrorBody`).
         */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: {
        /** @description Id of the project (region-level tenant) that owns the resources. */
        ProjectId: string;
        /** @description Id of the job, as returned in `job_id` by `createSnapshot`. */
        JobId: string;
    };
    requestBodies: never;
    headers: {
        /** @description Id the provider gives this request; quote it when reporting a problem. Normally always present. */
        XRequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the project (region-level tenant) that owns the resources. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** @description The snapshot to create, wrapped in a `snapshot` object. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSnapshotRequest"];
            };
        };
        responses: {
            /** @description Accepted. The snapshot is being created. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateSnapshotResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["SnapshotInProgress"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listSnapshots: {
        parameters: {
            query?: {
                /** @description Id of the last snapshot of the previous page; the page starts after it. */
                marker?: string;
                /** @description Only snapshots of this source disk. */
                volume_id?: string;
                /** @description Only snapshots whose source disk is in this availability zone. */
                availability_zone?: string;
                /**
                 * @description Largest number of snapshots to return in one page (1 to 1000, 1000 when omitted). With more
                 *     than 50 snapshots the provider advises pages of 50. The provider page types it as a string.
                 */
                limit?: number;
                /** @description Number of snapshots to skip before the page starts; used together with `limit`. */
                offset?: number;
                /** @description Only snapshots with this name (up to 255 characters). */
                name?: string;
                /** @description Only snapshots in this status. */
                status?: components["schemas"]["SnapshotStatus"];
                /** @description Field to sort the results by (for example `created_at`); accepted values are not documented. */
                sort_key?: string;
                /** @description Sort order, `asc` or `desc` (older EVS pages give `desc` as the default). */
                sort_dir?: "asc" | "desc";
                /** @description Only the snapshot with this id. */
                id?: string;
                /** @description Only snapshots of this origin, such as `user`, `auto` or `copy`. */
                snapshot_type?: string;
                /**
                 * @description Only snapshots in this enterprise project; `all_granted_eps` means every enterprise project
                 *     the caller may see.
                 */
                enterprise_project_id?: string;
                /** @description Only snapshots in this snapshot chain. */
                snapshot_chain_id?: string;
                /** @description Only snapshots that belong to this snapshot group. */
                snapshot_group_id?: string;
            };
            header?: never;
            path: {
                /** @description Id of the project (region-level tenant) that owns the resources. */
                project_id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of snapshots. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListSnapshotsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    showSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the project (region-level tenant) that owns the resources. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Id of the snapshot, as returned by `createSnapshot`. */
                snapshot_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShowSnapshotResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    showJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the project (region-level tenant) that owns the resources. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Id of the job, as returned in `job_id` by `createSnapshot`. */
                job_id: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JobStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    showJobV2: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the project (region-level tenant) that owns the resources. */
                project_id: components["parameters"]["ProjectId"];
                /** @description Id of the job, as returned in `job_id` by `createSnapshot`. */
                job_id: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["JobStatus"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
}
