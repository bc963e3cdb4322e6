// This file is generated. Do not edit it by hand.
// Source: specs/ncloud/classic-nas.yaml
// Regenerate with: pnpm generate
export interface paths {
    "/server/v2/createNasVolumeSnapshot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Take a snapshot of a NAS volume (query GET)
         * @description Same action as `createNasVolumeSnapshot`, with the fields in the query string. The query
         *     string is then part of the signed request target. Not idempotent despite the GET method.
         */
        get: operations["createNasVolumeSnapshotViaGet"];
        put?: never;
        /**
         * Take a snapshot of a NAS volume (form POST)
         * @description Takes an on-demand snapshot of one Classic NAS volume and answers with every snapshot the
         *     volume now holds. Check the snapshot reserve first: the provider documents that when it is
         *     exceeded the snapshot may not be created or past snapshots may be deleted (which ones is
         *     UNCONFIRMED). Not idempotent: each call takes a new snapshot. Fields travel in the form
         *     body, so the signature covers the path only.
         */
        post: operations["createNasVolumeSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/server/v2/getNasVolumeSnapshotList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the snapshots of a NAS volume (query GET)
         * @description Same action as `getNasVolumeSnapshotList`, with the fields in the query string.
         */
        get: operations["getNasVolumeSnapshotListViaGet"];
        put?: never;
        /**
         * List the snapshots of a NAS volume (form POST)
         * @description Lists every snapshot a Classic NAS volume holds, in the same shape that
         *     `createNasVolumeSnapshot` returns. Waiters use it to see a new snapshot and whether it is
         *     still busy; summing `snapshotSize` gives the space the snapshots use.
         */
        post: operations["getNasVolumeSnapshotList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/server/v2/getNasVolumeInstanceList": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List NAS volumes with their snapshot reserve (query GET)
         * @description Same action as `getNasVolumeInstanceList`, with the filters in the query string.
         */
        get: operations["getNasVolumeInstanceListViaGet"];
        put?: never;
        /**
         * List NAS volumes with their snapshot reserve (form POST)
         * @description Lists Classic NAS volume instances, optionally filtered. Each volume reports its size, the
         *     share and the bytes reserved for snapshots, and its automatic-snapshot schedule. A capacity
         *     check before `createNasVolumeSnapshot` filters by `nasVolumeInstanceNoList`.
         */
        post: operations["getNasVolumeInstanceList"];
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
        /**
         * @description Instance number of a NAS volume; numeric text, kept as a string.
         * @example 23420000
         */
        NasVolumeInstanceNo: string;
        /** @description Classic region number, such as `1` for KR; numeric text, kept as a string. */
        RegionNo: string;
        /** @description Classic zone number; numeric text, kept as a string. */
        ZoneNo: string;
        /**
         * @description Format of the answer body.
         * @default xml
         * @enum {string}
         */
        ResponseFormatType: "xml" | "json";
        /**
         * @description File-sharing protocol of a NAS volume; NFS for Linux clients, CIFS for Windows clients.
         * @enum {string}
         */
        VolumeAllotmentProtocolTypeCode: "NFS" | "CIFS";
        /**
         * @description Date and time as NAVER Cloud writes it, `yyyy-MM-ddTHH:mm:ss` followed by a numeric UTC
         *     offset without a colon, e.g. `2024-04-03T16:43:47+0900`. Not RFC 3339.
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
        /** @description Form fields of `createNasVolumeSnapshot`. */
        CreateNasVolumeSnapshotForm: {
            /** @description Instance number of the NAS volume to snapshot. */
            nasVolumeInstanceNo: components["schemas"]["NasVolumeInstanceNo"];
            /** @description Body format of the answer; XML when left out. */
            responseFormatType?: components["schemas"]["ResponseFormatType"];
        };
        /** @description Form fields of `getNasVolumeSnapshotList`. */
        GetNasVolumeSnapshotListForm: {
            /** @description Instance number of the NAS volume whose snapshots are listed. */
            nasVolumeInstanceNo: components["schemas"]["NasVolumeInstanceNo"];
            /** @description Body format of the answer; XML when left out. */
            responseFormatType?: components["schemas"]["ResponseFormatType"];
        };
        /** @description Form fields of `getNasVolumeInstanceList`; all are optional filters. */
        GetNasVolumeInstanceListForm: {
            /** @description Keep only volumes shared over this protocol; every protocol when left out. */
            volumeAllotmentProtocolTypeCode?: components["schemas"]["VolumeAllotmentProtocolTypeCode"];
            /** @description Keep only volumes whose event notification is (true) or is not (false) set up. */
            isEventConfiguration?: boolean;
            /** @description Keep only volumes that do (true) or do not (false) reserve space for snapshots. */
            isSnapshotConfiguration?: boolean;
            /**
             * @description Keep only these volumes. Sent indexed from 1 on the wire:
             *     `nasVolumeInstanceNoList.1=…&nasVolumeInstanceNoList.2=…`.
             */
            nasVolumeInstanceNoList?: components["schemas"]["NasVolumeInstanceNo"][];
            /** @description Keep only volumes of this region number; the KR region when left out. */
            regionNo?: components["schemas"]["RegionNo"];
            /** @description Keep only volumes of this zone number; every zone of the region when left out. */
            zoneNo?: components["schemas"]["ZoneNo"];
            /** @description Body format of the answer; XML when left out. */
            responseFormatType?: components["schemas"]["ResponseFormatType"];
        };
        /** @description One snapshot held by a NAS volume. */
        NasVolumeSnapshot: {
            /**
             * @description Name the service gave the snapshot; on-demand snapshots are named
             *     `now.YYYYMMDD.HHmmss` after the moment they were taken.
             */
            nasVolumeSnapshotName: string;
            /** @description When the snapshot was taken. */
            createDate: components["schemas"]["NcpDateTime"];
            /**
             * Format: int64
             * @description Space the snapshot occupies in the volume's snapshot reserve, in bytes.
             */
            snapshotSize: number;
            /** @description True while the storage is still working on the snapshot. */
            isBusy: boolean;
        };
        /** @description Result of a snapshot action - the volume's snapshots after the call. */
        NasVolumeSnapshotList: {
            /** @description Identifier of the request on the provider's side; may be empty. */
            requestId: string;
            /** @description Result code; `0` on success. */
            returnCode: string;
            /** @description Result text; `success` on success. */
            returnMessage: string;
            /**
             * Format: int32
             * @description Number of snapshots in the list.
             */
            totalRows: number;
            /** @description Every snapshot the volume holds, the new one included. */
            nasVolumeSnapshotList?: components["schemas"]["NasVolumeSnapshot"][];
        };
        /** @description Answer of `createNasVolumeSnapshot`; the wrapper key equals the XML root element. */
        CreateNasVolumeSnapshotResponseBody: {
            /** @description The snapshot list of the volume after the new snapshot was taken. */
            createNasVolumeSnapshotResponse: components["schemas"]["NasVolumeSnapshotList"];
        };
        /** @description Answer of `getNasVolumeSnapshotList`; the wrapper key equals the XML root element. */
        GetNasVolumeSnapshotListResponseBody: {
            /** @description The snapshot list of the volume. */
            getNasVolumeSnapshotListResponse: components["schemas"]["NasVolumeSnapshotList"];
        };
        /** @description A Classic region. */
        Region: {
            /** @description Region number. */
            regionNo?: components["schemas"]["RegionNo"];
            /** @description Region code, such as `KR`. */
            regionCode?: string;
            /** @description Display name of the region. */
            regionName?: string;
        };
        /** @description A Classic zone. */
        Zone: {
            /** @description Zone number. */
            zoneNo?: components["schemas"]["ZoneNo"];
            /** @description Display name of the zone. */
            zoneName?: string;
            /** @description Zone code, such as `KR-2`. */
            zoneCode?: string;
            /** @description Free-text description of the zone. */
            zoneDescription?: string;
            /** @description Number of the region the zone belongs to. */
            regionNo?: components["schemas"]["RegionNo"];
        };
        /** @description A private IP address allowed to mount the volume without being a server of the account. */
        NasVolumeInstanceCustomIp: {
            /** @description The allowed private IP address. */
            customIp?: string;
        };
        /**
         * @description A server allowed to mount the volume. The provider sends a full Classic `ServerInstance`;
         *     only its identifying members are modelled, and any other member is passed through.
         */
        ServerInstanceSummary: {
            /** @description Instance number of the server. */
            serverInstanceNo?: string;
            /** @description Name of the server. */
            serverName?: string;
            /** @description Free-text description of the server. */
            serverDescription?: string;
            /** @description Private IP address of the server. */
            privateIp?: string;
            /** @description Public IP address of the server, when it has one. */
            publicIp?: string;
            /** @description Status of the server. */
            serverInstanceStatus?: components["schemas"]["CommonCode"];
            /** @description Readable status of the server. */
            serverInstanceStatusName?: string;
            /** @description When the server was created. */
            createDate?: components["schemas"]["NcpDateTime"];
        };
        /** @description A Classic NAS volume with its capacity and snapshot settings. */
        NasVolumeInstance: {
            /** @description Instance number of the volume. */
            nasVolumeInstanceNo: components["schemas"]["NasVolumeInstanceNo"];
            /** @description Lifecycle state of the volume - `CREAT` created, `TERMT` returned. */
            nasVolumeInstanceStatus?: {
                /**
                 * @description State code.
                 * @enum {string}
                 */
                code: "CREAT" | "TERMT";
                /** @description Label of the state code. */
                codeName?: string;
            };
            /** @description Operation running on the volume - `NULL` none, `CHNG` settings being changed. */
            nasVolumeInstanceOperation?: {
                /**
                 * @description Operation code.
                 * @enum {string}
                 */
                code: "NULL" | "CHNG";
                /** @description Label of the operation code. */
                codeName?: string;
            };
            /** @description Readable state combining the status and the operation, such as `created`. */
            nasVolumeInstanceStatusName?: string;
            /** @description When the volume was created. */
            createDate?: components["schemas"]["NcpDateTime"];
            /** @description Free-text description of the volume. */
            nasVolumeInstanceDescription?: string;
            /** @description Address to mount the volume from, e.g. `host:/path` for NFS or `\\host\share` for CIFS. */
            mountInformation?: string;
            /** @description File-sharing protocol of the volume. */
            volumeAllotmentProtocolType?: {
                /** @description Protocol code. */
                code: components["schemas"]["VolumeAllotmentProtocolTypeCode"];
                /** @description Label of the protocol code. */
                codeName?: string;
            };
            /** @description Name of the volume, including the provider's customer prefix. */
            volumeName?: string;
            /**
             * Format: int64
             * @description Whole size of the volume, snapshot reserve included, in bytes.
             */
            volumeTotalSize?: number;
            /**
             * Format: int64
             * @description Size requested for the volume, in bytes.
             */
            volumeSize?: number;
            /**
             * Format: float
             * @description Share of the volume reserved for snapshots, in percent (0 means no reserve). The range
             *     0-99 is the one changeNasVolumeSnapshotConfiguration accepts for this setting
             *     (https://api.ncloud-docs.com/docs/en/compute-server-changenasvolumesnapshotconfiguration);
             *     the data-type page gives no range of its own.
             */
            snapshotVolumeConfigurationRatio?: number;
            /** @description Cadence of automatic snapshots - `DAY` daily or `WEEK` weekly; absent when none. */
            snapshotVolumeConfigPeriodType?: {
                /**
                 * @description Cadence code.
                 * @enum {string}
                 */
                code: "DAY" | "WEEK";
                /** @description Label of the cadence code. */
                codeName?: string;
            };
            /**
             * @description Day automatic snapshots are taken - `-1` every day, `0` Sunday through `6` Saturday;
             *     absent when automatic snapshots are off.
             */
            snapshotVolumeConfigDayOfWeekType?: components["schemas"]["CommonCode"];
            /**
             * Format: int32
             * @description Hour of the day (0-23) automatic snapshots are taken.
             */
            snapshotVolumeConfigTime?: number;
            /**
             * Format: int64
             * @description Bytes reserved for snapshots; snapshots must fit in this reserve.
             */
            snapshotVolumeSize?: number;
            /** @description True when the volume reserves space for snapshots. */
            isSnapshotConfiguration?: boolean;
            /** @description True when event notification is set up for the volume. */
            isEventConfiguration?: boolean;
            /** @description Region the volume lives in. */
            region?: components["schemas"]["Region"];
            /** @description Zone the volume lives in. */
            zone?: components["schemas"]["Zone"];
            /** @description True when the volume is protected against being returned (deleted). */
            isReturnProtection?: boolean;
            /** @description Private IP addresses allowed to mount the volume. */
            nasVolumeInstanceCustomIpList?: components["schemas"]["NasVolumeInstanceCustomIp"][];
            /** @description Servers allowed to mount the volume. */
            nasVolumeServerInstanceList?: components["schemas"]["ServerInstanceSummary"][];
        };
        /** @description Result of `getNasVolumeInstanceList`. */
        NasVolumeInstanceList: {
            /** @description Identifier of the request on the provider's side; may be empty. */
            requestId: string;
            /** @description Result code; `0` on success. */
            returnCode: string;
            /** @description Result text; `success` on success. */
            returnMessage: string;
            /**
             * Format: int32
             * @description Number of volumes that matched.
             */
            totalRows: number;
            /** @description The matching volumes. */
            nasVolumeInstanceList?: components["schemas"]["NasVolumeInstance"][];
        };
        /** @description Answer of `getNasVolumeInstanceList`; the wrapper key equals the XML root element. */
        GetNasVolumeInstanceListResponseBody: {
            /** @description The matching volumes. */
            getNasVolumeInstanceListResponse: components["schemas"]["NasVolumeInstanceList"];
        };
        /**
         * @description Rejection by the NAS service itself (bad or unknown input, object busy, not permitted).
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
        /** @description The snapshot was taken; the body lists every snapshot the volume now holds. */
        CreateNasVolumeSnapshotOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CreateNasVolumeSnapshotResponseBody"];
                "application/xml": string;
            };
        };
        /** @description The volume's snapshots. */
        GetNasVolumeSnapshotListOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GetNasVolumeSnapshotListResponseBody"];
                "application/xml": string;
            };
        };
        /** @description The matching NAS volumes. */
        GetNasVolumeInstanceListOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GetNasVolumeInstanceListResponseBody"];
                "application/xml": string;
            };
        };
        /**
         * @description HTTP 400 comes in two shapes: the NAS service's `responseError` (invalid or unknown input,
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
        /** @description Instance number of the NAS volume the action works on. */
        NasVolumeInstanceNoQuery: components["schemas"]["NasVolumeInstanceNo"];
        /** @description Body format of the answer; XML when left out. */
        ResponseFormatTypeQuery: components["schemas"]["ResponseFormatType"];
        /** @description Keep only volumes shared over this protocol; every protocol when left out. */
        VolumeAllotmentProtocolTypeCodeQuery: components["schemas"]["VolumeAllotmentProtocolTypeCode"];
        /** @description Keep only volumes whose event notification is (true) or is not (false) set up. */
        IsEventConfigurationQuery: boolean;
        /** @description Keep only volumes that do (true) or do not (false) reserve space for snapshots. */
        IsSnapshotConfigurationQuery: boolean;
        /**
         * @description Keep only these volumes. Sent indexed from 1 on the wire:
         *     `nasVolumeInstanceNoList.1=…&nasVolumeInstanceNoList.2=…`.
         */
        NasVolumeInstanceNoListQuery: components["schemas"]["NasVolumeInstanceNo"][];
        /** @description Keep only volumes of this region number (see `getRegionList`); the KR region when left out. */
        RegionNoQuery: components["schemas"]["RegionNo"];
        /** @description Keep only volumes of this zone number (see `getZoneList`); every zone of the region when left out. */
        ZoneNoQuery: components["schemas"]["ZoneNo"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createNasVolumeSnapshotViaGet: {
        parameters: {
            query: {
                /** @description Instance number of the NAS volume the action works on. */
                nasVolumeInstanceNo: components["parameters"]["NasVolumeInstanceNoQuery"];
                /** @description Body format of the answer; XML when left out. */
                responseFormatType?: components["parameters"]["ResponseFormatTypeQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CreateNasVolumeSnapshotOk"];
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
    createNasVolumeSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The action's fields, form-encoded. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateNasVolumeSnapshotForm"];
            };
        };
        responses: {
            200: components["responses"]["CreateNasVolumeSnapshotOk"];
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
    getNasVolumeSnapshotListViaGet: {
        parameters: {
            query: {
                /** @description Instance number of the NAS volume the action works on. */
                nasVolumeInstanceNo: components["parameters"]["NasVolumeInstanceNoQuery"];
                /** @description Body format of the answer; XML when left out. */
                responseFormatType?: components["parameters"]["ResponseFormatTypeQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetNasVolumeSnapshotListOk"];
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
    getNasVolumeSnapshotList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The action's fields, form-encoded. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetNasVolumeSnapshotListForm"];
            };
        };
        responses: {
            200: components["responses"]["GetNasVolumeSnapshotListOk"];
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
    getNasVolumeInstanceListViaGet: {
        parameters: {
            query?: {
                /** @description Keep only volumes shared over this protocol; every protocol when left out. */
                volumeAllotmentProtocolTypeCode?: components["parameters"]["VolumeAllotmentProtocolTypeCodeQuery"];
                /** @description Keep only volumes whose event notification is (true) or is not (false) set up. */
                isEventConfiguration?: components["parameters"]["IsEventConfigurationQuery"];
                /** @description Keep only volumes that do (true) or do not (false) reserve space for snapshots. */
                isSnapshotConfiguration?: components["parameters"]["IsSnapshotConfigurationQuery"];
                /**
                 * @description Keep only these volumes. Sent indexed from 1 on the wire:
                 *     `nasVolumeInstanceNoList.1=…&nasVolumeInstanceNoList.2=…`.
                 */
                nasVolumeInstanceNoList?: components["parameters"]["NasVolumeInstanceNoListQuery"];
                /** @description Keep only volumes of this region number (see `getRegionList`); the KR region when left out. */
                regionNo?: components["parameters"]["RegionNoQuery"];
                /** @description Keep only volumes of this zone number (see `getZoneList`); every zone of the region when left out. */
                zoneNo?: components["parameters"]["ZoneNoQuery"];
                /** @description Body format of the answer; XML when left out. */
                responseFormatType?: components["parameters"]["ResponseFormatTypeQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetNasVolumeInstanceListOk"];
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
    getNasVolumeInstanceList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The action's optional filters, form-encoded. */
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetNasVolumeInstanceListForm"];
            };
        };
        responses: {
            200: components["responses"]["GetNasVolumeInstanceListOk"];
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
