// This file is generated. Do not edit it by hand.
// Source: specs/ncloud/vserver.yaml
// Regenerate with: pnpm generate
export interface paths {
    "/vserver/v2/createBlockStorageSnapshotInstance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Create a block storage snapshot (query GET)
         * @description Same action as `createBlockStorageSnapshotInstance`, with the fields in the query string.
         *     The query string is then part of the signed request target. Not idempotent despite the GET
         *     method.
         */
        get: operations["createBlockStorageSnapshotInstanceViaGet"];
        put?: never;
        /**
         * Create a block storage snapshot (form POST)
         * @description Starts a snapshot of one block storage volume and answers at once with the new snapshot in
         *     status `INIT` / operation `CREAT`. Poll the detail action until the status code is `CREAT`.
         *     An `INCREMENTAL` snapshot needs an existing full snapshot of the same volume. Not
         *     idempotent: each call starts a new snapshot. Fields travel in the form body, so the
         *     signature covers the path only.
         */
        post: operations["createBlockStorageSnapshotInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vserver/v2/getBlockStorageSnapshotInstanceDetail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one block storage snapshot (query GET)
         * @description Same action as `getBlockStorageSnapshotInstanceDetail`, with the fields in the query string.
         */
        get: operations["getBlockStorageSnapshotInstanceDetailViaGet"];
        put?: never;
        /**
         * Read one block storage snapshot (form POST)
         * @description Reads one snapshot by its instance number. The body holds a one-item list, or an empty list
         *     when the snapshot no longer exists. Waiters poll this until the status code is `CREAT`.
         */
        post: operations["getBlockStorageSnapshotInstanceDetail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vserver/v2/getBlockStorageSnapshotInstanceList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List block storage snapshots (query GET)
         * @description Same action as `getBlockStorageSnapshotInstanceList`, with the filters in the query string.
         */
        get: operations["getBlockStorageSnapshotInstanceListViaGet"];
        put?: never;
        /**
         * List block storage snapshots (form POST)
         * @description Lists block storage snapshots of a region, optionally filtered by snapshot or source volume
         *     numbers, status, name, size, encryption, hypervisor and bootability, with paging and sorting.
         */
        post: operations["getBlockStorageSnapshotInstanceList"];
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
        /** @description VPC region code such as `KR`, `SGN` or `JPN` (see `getRegionList`). */
        RegionCode: string;
        /**
         * @description Format of the answer body.
         * @default xml
         * @enum {string}
         */
        ResponseFormatType: "xml" | "json";
        /** @description Instance number of a block storage volume; numeric text, kept as a string. */
        BlockStorageInstanceNo: string;
        /** @description Instance number of a block storage snapshot; numeric text, kept as a string. */
        BlockStorageSnapshotInstanceNo: string;
        /**
         * @description Snapshot name: 3 to 30 characters of English letters, digits, `-` and `_`, starting with a
         *     letter and ending with a letter or digit. `_` is allowed by the newest provider page only
         *     (UNCONFIRMED).
         * @example snapshot-test
         */
        BlockStorageSnapshotName: string;
        /**
         * @description Free-text description of at most 1000 **bytes** (UTF-8). `maxLength` bounds characters only;
         *     multi-byte characters count more than once against the provider's limit, which the
         *     `x-max-bytes` extension states (cloudsnap checks it before sending).
         */
        BlockStorageSnapshotDescription: string;
        /**
         * @description `FULL` copies the whole volume; `INCREMENTAL` stores the changes since the previous snapshot
         *     of the chain and needs an existing full snapshot of the same volume (at most 7 incremental
         *     snapshots per chain).
         * @default FULL
         * @enum {string}
         */
        SnapshotTypeCode: "FULL" | "INCREMENTAL";
        /**
         * @description Snapshot state - `INIT` being created, `CREAT` created and usable.
         * @enum {string}
         */
        BlockStorageSnapshotInstanceStatusCode: "INIT" | "CREAT";
        /**
         * @description Hypervisor family - `XEN` or `KVM`.
         * @enum {string}
         */
        HypervisorTypeCode: "XEN" | "KVM";
        /**
         * Format: int64
         * @description Size bound in gigabytes.
         */
        BlockStorageSnapshotVolumeSizeFilter: number;
        /**
         * Format: int32
         * @description Page number; 0 and 1 both select the first page.
         * @default 0
         */
        PageNo: number;
        /**
         * Format: int32
         * @description Number of items per page.
         */
        PageSize: number;
        /**
         * @description Sort direction - `ASC` ascending, `DESC` descending.
         * @default ASC
         * @enum {string}
         */
        SortingOrder: "ASC" | "DESC";
        /**
         * @description Date and time as NAVER Cloud writes it, `yyyy-MM-ddTHH:mm:ss` followed by a numeric UTC
         *     offset without a colon, e.g. `2025-06-25T16:50:14+0900`. Not RFC 3339.
         * @example 2024-04-03T16:43:47+0900
         */
        NcpDateTime: string;
        /** @description A coded value with its human-readable label. */
        CommonCode: {
            /** @description Machine-readable code; match on this. */
            code: string;
            /** @description Label for the code; its wording and capitalisation vary, so do not match on it. */
            codeName?: string;
        };
        /** @description Form fields of `createBlockStorageSnapshotInstance`. */
        CreateBlockStorageSnapshotInstanceForm: {
            /** @description Region of the source volume; the first region `getRegionList` returns when left out. */
            regionCode?: components["schemas"]["RegionCode"];
            /** @description Instance number of the block storage volume to snapshot. */
            originalBlockStorageInstanceNo: components["schemas"]["BlockStorageInstanceNo"];
            /** @description Name for the new snapshot; the service makes one up when left out. */
            blockStorageSnapshotName?: components["schemas"]["BlockStorageSnapshotName"];
            /** @description Free-text description of the new snapshot, at most 1000 bytes. */
            blockStorageSnapshotDescription?: components["schemas"]["BlockStorageSnapshotDescription"];
            /** @description Full or incremental snapshot; full when left out. */
            snapshotTypeCode?: components["schemas"]["SnapshotTypeCode"];
            /** @description Body format of the answer; XML when left out. */
            responseFormatType?: components["schemas"]["ResponseFormatType"];
        };
        /** @description Form fields of `getBlockStorageSnapshotInstanceDetail`. */
        GetBlockStorageSnapshotInstanceDetailForm: {
            /** @description Region of the snapshot; the first region `getRegionList` returns when left out. */
            regionCode?: components["schemas"]["RegionCode"];
            /** @description Instance number of the snapshot to read. */
            blockStorageSnapshotInstanceNo: components["schemas"]["BlockStorageSnapshotInstanceNo"];
            /** @description Body format of the answer; XML when left out. */
            responseFormatType?: components["schemas"]["ResponseFormatType"];
        };
        /** @description Form fields of `getBlockStorageSnapshotInstanceList`; all are optional filters. */
        GetBlockStorageSnapshotInstanceListForm: {
            /** @description Region to list; the first region `getRegionList` returns when left out. */
            regionCode?: components["schemas"]["RegionCode"];
            /**
             * @description Keep only these snapshots. Sent indexed from 1 on the wire:
             *     `blockStorageSnapshotInstanceNoList.1=…&blockStorageSnapshotInstanceNoList.2=…`.
             */
            blockStorageSnapshotInstanceNoList?: components["schemas"]["BlockStorageSnapshotInstanceNo"][];
            /** @description Keep only snapshots with this name. */
            blockStorageSnapshotName?: string;
            /** @description Keep only snapshots in this state - `INIT` being created, `CREAT` usable. */
            blockStorageSnapshotInstanceStatusCode?: components["schemas"]["BlockStorageSnapshotInstanceStatusCode"];
            /**
             * @description Keep only snapshots of these source volumes. Sent indexed from 1 on the wire:
             *     `originalBlockStorageInstanceNoList.1=…&originalBlockStorageInstanceNoList.2=…`.
             */
            originalBlockStorageInstanceNoList?: components["schemas"]["BlockStorageInstanceNo"][];
            /** @description Keep only snapshots no larger than this many GB. */
            blockStorageSnapshotVolumeSize?: components["schemas"]["BlockStorageSnapshotVolumeSizeFilter"];
            /** @description Keep only snapshots whose source volume is (true) or is not (false) encrypted. */
            isEncryptedOriginalBlockStorageVolume?: boolean;
            /**
             * @description Keep only snapshots made on these hypervisors. Sent indexed from 1 on the wire:
             *     `hypervisorTypeCodeList.1=KVM`.
             */
            hypervisorTypeCodeList?: components["schemas"]["HypervisorTypeCode"][];
            /** @description Keep only snapshots from which a server image can (true) or cannot (false) be made. */
            isBootable?: boolean;
            /** @description Page to return; 0 and 1 both mean the first page. Needs `pageSize`. */
            pageNo?: components["schemas"]["PageNo"];
            /** @description Items per page; must be given whenever `pageNo` is. */
            pageSize?: components["schemas"]["PageSize"];
            /** @description Field to sort by; the documented value is `blockStorageSnapshotName`. */
            sortedBy?: string;
            /** @description Direction of the sort given by `sortedBy`; ascending when left out. */
            sortingOrder?: components["schemas"]["SortingOrder"];
            /** @description Body format of the answer; XML when left out. */
            responseFormatType?: components["schemas"]["ResponseFormatType"];
        };
        /** @description A block storage snapshot. */
        BlockStorageSnapshotInstance: {
            /** @description Instance number of the snapshot. */
            blockStorageSnapshotInstanceNo: components["schemas"]["BlockStorageSnapshotInstanceNo"];
            /** @description Name of the snapshot, given by the caller or made up by the service. */
            blockStorageSnapshotName: string;
            /**
             * Format: int64
             * @description Size of the snapshot volume, in bytes.
             */
            blockStorageSnapshotVolumeSize: number;
            /** @description Instance number of the volume the snapshot was taken from. */
            originalBlockStorageInstanceNo: components["schemas"]["BlockStorageInstanceNo"];
            /** @description State of the snapshot - `INIT` being created, `CREAT` created and usable. */
            blockStorageSnapshotInstanceStatus: {
                /** @description State code; waiters wait for `CREAT`. */
                code: components["schemas"]["BlockStorageSnapshotInstanceStatusCode"];
                /** @description Label of the state code; wording varies. */
                codeName?: string;
            };
            /**
             * @description Operation running on the snapshot - `CREAT` being created, `NULL` none; `TERMT` (being
             *     deleted) was seen in a captured answer though not in the data-type page.
             */
            blockStorageSnapshotInstanceOperation: {
                /**
                 * @description Operation code.
                 * @enum {string}
                 */
                code: "CREAT" | "NULL" | "TERMT";
                /** @description Label of the operation code; wording varies. */
                codeName?: string;
            };
            /** @description Readable state combining status and operation, e.g. `creating`, `created`, `terminating`. */
            blockStorageSnapshotInstanceStatusName: string;
            /** @description When the snapshot was requested. */
            createDate: components["schemas"]["NcpDateTime"];
            /** @description True when the source volume is encrypted. */
            isEncryptedOriginalBlockStorageVolume?: boolean;
            /** @description Free-text description of the snapshot; absent or empty when none was given. */
            blockStorageSnapshotDescription?: string;
            /** @description Kind of snapshot - `FULL` or `INCREMENTAL`. */
            snapshotType?: {
                /** @description Snapshot kind code. */
                code: components["schemas"]["SnapshotTypeCode"];
                /** @description Label of the snapshot kind. */
                codeName?: string;
            };
            /** @description For an incremental snapshot, the instance number of the snapshot it builds on; absent or empty otherwise. */
            baseSnapshotInstanceNo?: string;
            /**
             * Format: int32
             * @description Position in the incremental chain; 0 for a full snapshot.
             */
            snapshotChainDepth?: number;
            /** @description Hypervisor family of the source volume - `XEN` or `KVM`. */
            hypervisorType?: {
                /** @description Hypervisor code. */
                code: components["schemas"]["HypervisorTypeCode"];
                /** @description Label of the hypervisor code. */
                codeName?: string;
            };
            /** @description True when a server image can be made from the snapshot. */
            isBootable?: boolean;
            /** @description Volume type of the source storage, e.g. `CB1` (Common BlockStorage 1), `SSD`, `HDD`. */
            blockStorageVolumeType?: components["schemas"]["CommonCode"];
        };
        /** @description Result of a block storage snapshot action. */
        BlockStorageSnapshotInstanceList: {
            /** @description Identifier of the request on the provider's side. */
            requestId: string;
            /** @description Result code; `0` on success. */
            returnCode: string;
            /** @description Result text; `success` on success. */
            returnMessage: string;
            /**
             * Format: int32
             * @description Number of snapshots that matched (all pages together when paging).
             */
            totalRows: number;
            /** @description The snapshots of this answer. */
            blockStorageSnapshotInstanceList?: components["schemas"]["BlockStorageSnapshotInstance"][];
        };
        /** @description Answer of `createBlockStorageSnapshotInstance`; the wrapper key equals the XML root element. */
        CreateBlockStorageSnapshotInstanceResponseBody: {
            /** @description A one-item list holding the snapshot being created. */
            createBlockStorageSnapshotInstanceResponse: components["schemas"]["BlockStorageSnapshotInstanceList"];
        };
        /** @description Answer of `getBlockStorageSnapshotInstanceDetail`; the wrapper key equals the XML root element. */
        GetBlockStorageSnapshotInstanceDetailResponseBody: {
            /** @description A one-item list holding the snapshot, or an empty list when it no longer exists. */
            getBlockStorageSnapshotInstanceDetailResponse: components["schemas"]["BlockStorageSnapshotInstanceList"];
        };
        /** @description Answer of `getBlockStorageSnapshotInstanceList`; the wrapper key equals the XML root element. */
        GetBlockStorageSnapshotInstanceListResponseBody: {
            /** @description The matching snapshots. */
            getBlockStorageSnapshotInstanceListResponse: components["schemas"]["BlockStorageSnapshotInstanceList"];
        };
        /**
         * @description Rejection by the VPC Server service itself (bad or unknown input, object busy, not permitted).
         *     The XML form has the root element `responseError`.
         */
        ServiceErrorBody: {
            /** @description The service's result code and message. */
            responseError: {
                /** @description Service result code, a non-zero number written as text. */
                returnCode: string;
                /** @description Service explanation of the failure. */
                returnMessage: string;
            };
        };
        /** @description Rejection by the NCP API Gateway in front of the service (auth, quota, routing, upstream). */
        GatewayErrorBody: {
            /** @description The gateway's error code and message. */
            error: {
                /**
                 * @description Gateway error code - 100 bad request, 200 authentication failed, 210 permission
                 *     denied, 230 forbidden, 300 not found, 400/410/420 quota/throttle/rate limit, 430
                 *     request entity too large, 500 endpoint error, 510 endpoint timeout, 900 unexpected
                 *     error. Samples send it as text; the table types it as a number, so both are
                 *     accepted.
                 */
                errorCode: string | number;
                /** @description Gateway explanation of the failure. */
                message: string;
                /** @description Extra detail some gateway answers carry. */
                details?: string;
                /** @description Gateway request identifier some answers carry. */
                requestId?: string;
            };
        };
    };
    responses: {
        /** @description The snapshot was accepted and is being created; the body holds it in status `INIT`. */
        CreateBlockStorageSnapshotInstanceOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CreateBlockStorageSnapshotInstanceResponseBody"];
                "application/xml": string;
            };
        };
        /** @description The snapshot, as a one-item list, or an empty list when it no longer exists. */
        GetBlockStorageSnapshotInstanceDetailOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GetBlockStorageSnapshotInstanceDetailResponseBody"];
                "application/xml": string;
            };
        };
        /** @description The matching snapshots. */
        GetBlockStorageSnapshotInstanceListOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GetBlockStorageSnapshotInstanceListResponseBody"];
                "application/xml": string;
            };
        };
        /**
         * @description HTTP 400 comes in two shapes: the VPC Server service's `responseError` (invalid or unknown input,
         *     object busy; JSON or XML as requested) or the API Gateway's `error` with code 100 (malformed
         *     request, e.g. bad UTF-8; JSON).
         */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ServiceErrorBody"] | components["schemas"]["GatewayErrorBody"];
                "application/xml": string;
            };
        };
        /**
         * @description HTTP 401 from the API Gateway: code 200 when the signature, access key or timestamp does not
         *     check out, code 210 when the key may not call this action. Legacy fixtures also show a
         *     service-style `responseError` with code 800 here (UNCONFIRMED), so both shapes decode.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayErrorBody"] | components["schemas"]["ServiceErrorBody"];
                "application/xml": string;
            };
        };
        /**
         * @description HTTP 403 from the API Gateway (code 230): the gateway refuses access to this API for the
         *     caller (listed in the API Gateway's error table, not on this action's page). Nothing ran.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayErrorBody"];
            };
        };
        /** @description HTTP 404 from the API Gateway (code 300) - no such API path. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayErrorBody"];
            };
        };
        /**
         * @description HTTP 413 from the API Gateway (code 430): the request body is larger than the gateway
         *     accepts. Declared on the form-POST operations, the only ones that send a body. Nothing ran.
         */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayErrorBody"];
            };
        };
        /** @description HTTP 429 from the API Gateway - quota (400), throttle (410) or rate (420) limit hit. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayErrorBody"];
            };
        };
        /** @description HTTP 500 from the API Gateway (code 900) - unexpected failure; the action may or may not have run. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayErrorBody"];
            };
        };
        /** @description HTTP 503 from the API Gateway (code 500) - the service behind it failed. */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayErrorBody"];
            };
        };
        /** @description HTTP 504 from the API Gateway (code 510) - the service did not answer in time; the action may have run. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayErrorBody"];
            };
        };
    };
    parameters: {
        /**
         * @description Region to work in (see `getRegionList`), e.g. `KR`; the first region `getRegionList` returns
         *     when left out. For a create it must be the source volume's region.
         */
        RegionCodeQuery: components["schemas"]["RegionCode"];
        /** @description Body format of the answer; XML when left out. */
        ResponseFormatTypeQuery: components["schemas"]["ResponseFormatType"];
        /** @description Instance number of the block storage volume to snapshot. */
        OriginalBlockStorageInstanceNoQuery: components["schemas"]["BlockStorageInstanceNo"];
        /** @description Name for the new snapshot; the service makes one up when left out. */
        BlockStorageSnapshotNameQuery: components["schemas"]["BlockStorageSnapshotName"];
        /** @description Free-text description of the new snapshot, at most 1000 bytes. */
        BlockStorageSnapshotDescriptionQuery: components["schemas"]["BlockStorageSnapshotDescription"];
        /** @description Full or incremental snapshot; full when left out. */
        SnapshotTypeCodeQuery: components["schemas"]["SnapshotTypeCode"];
        /** @description Instance number of the snapshot to read. */
        BlockStorageSnapshotInstanceNoQuery: components["schemas"]["BlockStorageSnapshotInstanceNo"];
        /**
         * @description Keep only these snapshots. Sent indexed from 1 on the wire:
         *     `blockStorageSnapshotInstanceNoList.1=…&blockStorageSnapshotInstanceNoList.2=…`.
         */
        BlockStorageSnapshotInstanceNoListQuery: components["schemas"]["BlockStorageSnapshotInstanceNo"][];
        /** @description Keep only snapshots with this name. */
        BlockStorageSnapshotNameFilterQuery: string;
        /** @description Keep only snapshots in this state - `INIT` being created, `CREAT` usable. */
        BlockStorageSnapshotInstanceStatusCodeQuery: components["schemas"]["BlockStorageSnapshotInstanceStatusCode"];
        /**
         * @description Keep only snapshots of these source volumes. Sent indexed from 1 on the wire:
         *     `originalBlockStorageInstanceNoList.1=…&originalBlockStorageInstanceNoList.2=…`.
         */
        OriginalBlockStorageInstanceNoListQuery: components["schemas"]["BlockStorageInstanceNo"][];
        /** @description Keep only snapshots no larger than this many GB (a filter in gigabytes, unlike the byte size returned). */
        BlockStorageSnapshotVolumeSizeQuery: components["schemas"]["BlockStorageSnapshotVolumeSizeFilter"];
        /** @description Keep only snapshots whose source volume is (true) or is not (false) encrypted. */
        IsEncryptedOriginalBlockStorageVolumeQuery: boolean;
        /**
         * @description Keep only snapshots made on these hypervisors. Sent indexed from 1 on the wire:
         *     `hypervisorTypeCodeList.1=KVM`.
         */
        HypervisorTypeCodeListQuery: components["schemas"]["HypervisorTypeCode"][];
        /** @description Keep only snapshots from which a server image can (true) or cannot (false) be made. */
        IsBootableQuery: boolean;
        /** @description Page to return; 0 and 1 both mean the first page. Needs `pageSize`. */
        PageNoQuery: components["schemas"]["PageNo"];
        /** @description Items per page; must be given whenever `pageNo` is. */
        PageSizeQuery: components["schemas"]["PageSize"];
        /** @description Field to sort by; the documented value is `blockStorageSnapshotName`. */
        SortedByQuery: string;
        /** @description Direction of the sort given by `sortedBy`; ascending when left out. */
        SortingOrderQuery: components["schemas"]["SortingOrder"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createBlockStorageSnapshotInstanceViaGet: {
        parameters: {
            query: {
                /**
                 * @description Region to work in (see `getRegionList`), e.g. `KR`; the first region `getRegionList` returns
                 *     when left out. For a create it must be the source volume's region.
                 */
                regionCode?: components["parameters"]["RegionCodeQuery"];
                /** @description Instance number of the block storage volume to snapshot. */
                originalBlockStorageInstanceNo: components["parameters"]["OriginalBlockStorageInstanceNoQuery"];
                /** @description Name for the new snapshot; the service makes one up when left out. */
                blockStorageSnapshotName?: components["parameters"]["BlockStorageSnapshotNameQuery"];
                /** @description Free-text description of the new snapshot, at most 1000 bytes. */
                blockStorageSnapshotDescription?: components["parameters"]["BlockStorageSnapshotDescriptionQuery"];
                /** @description Full or incremental snapshot; full when left out. */
                snapshotTypeCode?: components["parameters"]["SnapshotTypeCodeQuery"];
                /** @description Body format of the answer; XML when left out. */
                responseFormatType?: components["parameters"]["ResponseFormatTypeQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CreateBlockStorageSnapshotInstanceOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    createBlockStorageSnapshotInstance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The action's fields, form-encoded. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateBlockStorageSnapshotInstanceForm"];
            };
        };
        responses: {
            200: components["responses"]["CreateBlockStorageSnapshotInstanceOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBlockStorageSnapshotInstanceDetailViaGet: {
        parameters: {
            query: {
                /**
                 * @description Region to work in (see `getRegionList`), e.g. `KR`; the first region `getRegionList` returns
                 *     when left out. For a create it must be the source volume's region.
                 */
                regionCode?: components["parameters"]["RegionCodeQuery"];
                /** @description Instance number of the snapshot to read. */
                blockStorageSnapshotInstanceNo: components["parameters"]["BlockStorageSnapshotInstanceNoQuery"];
                /** @description Body format of the answer; XML when left out. */
                responseFormatType?: components["parameters"]["ResponseFormatTypeQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetBlockStorageSnapshotInstanceDetailOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBlockStorageSnapshotInstanceDetail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The action's fields, form-encoded. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetBlockStorageSnapshotInstanceDetailForm"];
            };
        };
        responses: {
            200: components["responses"]["GetBlockStorageSnapshotInstanceDetailOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBlockStorageSnapshotInstanceListViaGet: {
        parameters: {
            query?: {
                /**
                 * @description Region to work in (see `getRegionList`), e.g. `KR`; the first region `getRegionList` returns
                 *     when left out. For a create it must be the source volume's region.
                 */
                regionCode?: components["parameters"]["RegionCodeQuery"];
                /**
                 * @description Keep only these snapshots. Sent indexed from 1 on the wire:
                 *     `blockStorageSnapshotInstanceNoList.1=…&blockStorageSnapshotInstanceNoList.2=…`.
                 */
                blockStorageSnapshotInstanceNoList?: components["parameters"]["BlockStorageSnapshotInstanceNoListQuery"];
                /** @description Keep only snapshots with this name. */
                blockStorageSnapshotName?: components["parameters"]["BlockStorageSnapshotNameFilterQuery"];
                /** @description Keep only snapshots in this state - `INIT` being created, `CREAT` usable. */
                blockStorageSnapshotInstanceStatusCode?: components["parameters"]["BlockStorageSnapshotInstanceStatusCodeQuery"];
                /**
                 * @description Keep only snapshots of these source volumes. Sent indexed from 1 on the wire:
                 *     `originalBlockStorageInstanceNoList.1=…&originalBlockStorageInstanceNoList.2=…`.
                 */
                originalBlockStorageInstanceNoList?: components["parameters"]["OriginalBlockStorageInstanceNoListQuery"];
                /** @description Keep only snapshots no larger than this many GB (a filter in gigabytes, unlike the byte size returned). */
                blockStorageSnapshotVolumeSize?: components["parameters"]["BlockStorageSnapshotVolumeSizeQuery"];
                /** @description Keep only snapshots whose source volume is (true) or is not (false) encrypted. */
                isEncryptedOriginalBlockStorageVolume?: components["parameters"]["IsEncryptedOriginalBlockStorageVolumeQuery"];
                /**
                 * @description Keep only snapshots made on these hypervisors. Sent indexed from 1 on the wire:
                 *     `hypervisorTypeCodeList.1=KVM`.
                 */
                hypervisorTypeCodeList?: components["parameters"]["HypervisorTypeCodeListQuery"];
                /** @description Keep only snapshots from which a server image can (true) or cannot (false) be made. */
                isBootable?: components["parameters"]["IsBootableQuery"];
                /** @description Page to return; 0 and 1 both mean the first page. Needs `pageSize`. */
                pageNo?: components["parameters"]["PageNoQuery"];
                /** @description Items per page; must be given whenever `pageNo` is. */
                pageSize?: components["parameters"]["PageSizeQuery"];
                /** @description Field to sort by; the documented value is `blockStorageSnapshotName`. */
                sortedBy?: components["parameters"]["SortedByQuery"];
                /** @description Direction of the sort given by `sortedBy`; ascending when left out. */
                sortingOrder?: components["parameters"]["SortingOrderQuery"];
                /** @description Body format of the answer; XML when left out. */
                responseFormatType?: components["parameters"]["ResponseFormatTypeQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetBlockStorageSnapshotInstanceListOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    getBlockStorageSnapshotInstanceList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The action's optional filters, form-encoded. */
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetBlockStorageSnapshotInstanceListForm"];
            };
        };
        responses: {
            200: components["responses"]["GetBlockStorageSnapshotInstanceListOk"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
