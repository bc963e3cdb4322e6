// This file is generated. Do not edit it by hand.
// Source: specs/ncloud/search-engine.yaml
// Regenerate with: pnpm generate
export interface paths {
    "/api/{apiRegion}/snapshot/createSnapshot/{serviceGroupInstanceNo}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Region segment of the path. Public site: `v2` Korea, `sgn-v2` Singapore, `jpn-v2` Japan. Government site: `v2` metropolitan region, `krs-v2` southern region. Financial site: `v2`.
                 * @example v2
                 */
                apiRegion: components["parameters"]["ApiRegion"];
                /**
                 * @description Instance number of the Search Engine cluster (from the cluster list). The docs type it as an Integer, but it is an identifier that is never used for arithmetic, so it is kept as a string of digits: no precision loss, no reformatting, and it goes into the signed path unchanged.
                 * @example 1037123
                 */
                serviceGroupInstanceNo: components["parameters"]["ServiceGroupInstanceNo"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a snapshot of a cluster
         * @description Starts a snapshot of the cluster's configuration, settings and data and stores it in the
         *     given Object Storage bucket. The call only starts the work: `result: true` means the request
         *     was accepted. Follow progress with `getSnapshotHistory`.
         *
         *     Prerequisite: the cluster needs an API key that can reach Object Storage; set it with
         *     `updateAPIAuthenticationKey` (or in the console) first.
         *
         *     Not idempotent: do not resend after a timeout or 5xx without first checking the history.
         */
        post: operations["createSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/{apiRegion}/snapshot/getSnapshotHistory/{serviceGroupInstanceNo}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Region segment of the path. Public site: `v2` Korea, `sgn-v2` Singapore, `jpn-v2` Japan. Government site: `v2` metropolitan region, `krs-v2` southern region. Financial site: `v2`.
                 * @example v2
                 */
                apiRegion: components["parameters"]["ApiRegion"];
                /**
                 * @description Instance number of the Search Engine cluster (from the cluster list). The docs type it as an Integer, but it is an identifier that is never used for arithmetic, so it is kept as a string of digits: no precision loss, no reformatting, and it goes into the signed path unchanged.
                 * @example 1037123
                 */
                serviceGroupInstanceNo: components["parameters"]["ServiceGroupInstanceNo"];
            };
            cookie?: never;
        };
        /**
         * List a cluster's snapshot history
         * @description Returns one page of the cluster's snapshot creation history, which is where the outcome of
         *     `createSnapshot` shows up. Paging starts at page 1.
         *
         *     The fields of the history items are taken from the API v1 SDK model and are UNCONFIRMED for
         *     API v2: items may carry other fields, and none of the listed ones is guaranteed.
         */
        get: operations["getSnapshotHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/{apiRegion}/snapshot/updateAPIAuthenticationKey/{serviceGroupInstanceNo}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Region segment of the path. Public site: `v2` Korea, `sgn-v2` Singapore, `jpn-v2` Japan. Government site: `v2` metropolitan region, `krs-v2` southern region. Financial site: `v2`.
                 * @example v2
                 */
                apiRegion: components["parameters"]["ApiRegion"];
                /**
                 * @description Instance number of the Search Engine cluster (from the cluster list). The docs type it as an Integer, but it is an identifier that is never used for arithmetic, so it is kept as a string of digits: no precision loss, no reformatting, and it goes into the signed path unchanged.
                 * @example 1037123
                 */
                serviceGroupInstanceNo: components["parameters"]["ServiceGroupInstanceNo"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the Object Storage key a cluster uses for snapshots
         * @description Stores an NCP access key and secret key on the cluster so that it can write snapshots to
         *     Object Storage. This is the documented prerequisite of `createSnapshot`. Clusters created
         *     before 2021-07-23 also get the snapshot repository plugin installed by this call.
         *
         *     The body carries a secret key: never log it.
         */
        post: operations["updateAPIAuthenticationKey"];
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
        /** @description Body of a create-snapshot request. */
        CreateSnapshotRequest: {
            /**
             * @description Name of the new snapshot. 3 to 30 characters drawn from lowercase letters, digits and hyphens; the first character is a lowercase letter, the last a lowercase letter or digit, and two hyphens never follow each other (rules of the provider's Create snapshot page, https://api.ncloud-docs.com/docs/en/analytics-vpcsearchengine-snapshot-createsnapshot).
             * @example my-test-snapshot
             */
            snapshotName: string;
            /**
             * @description Name of the Object Storage bucket that receives the snapshot.
             * @example estest
             */
            bucketName: string;
        };
        /** @description Body of a set-API-authentication-key request. */
        UpdateApiAuthenticationKeyRequest: {
            /** @description NCP access key ID the cluster will use to reach Object Storage. */
            accessKeyId: string;
            /**
             * Format: password
             * @description Secret key that belongs to `accessKeyId`. Sensitive; never logged.
             */
            secretKey: string;
        };
        /** @description The service's standard answer when the result is a yes/no. */
        BooleanResultEnvelope: {
            /** @description Service result code; `0` means success. Any other value is a failure even under HTTP 200 (whether that happens is UNCONFIRMED). */
            code: number;
            /** @description Service result message, `SUCCESS` on success. */
            message?: string;
            /** @description Outcome of the call; `true` when the request was accepted. May be `null`. */
            result?: boolean | null;
            /** @description Identifier the service gave this request; quote it to NCP support. */
            requestId?: string;
        };
        /** @description The service's standard answer carrying one page of snapshot history. */
        SnapshotHistoryEnvelope: {
            /** @description Service result code; `0` means success. Any other value is a failure even under HTTP 200 (whether that happens is UNCONFIRMED). */
            code: number;
            /** @description Service result message, `SUCCESS` on success. */
            message?: string;
            result?: components["schemas"]["SnapshotHistoryPage"];
            /** @description Identifier the service gave this request; quote it to NCP support. */
            requestId?: string;
        };
        /** @description One page of the snapshot history with its paging data. */
        SnapshotHistoryPage: {
            /** @description Number of this page, counting from 1. */
            currentPage?: number;
            /** @description Whether this is the first page. */
            isFirst?: boolean;
            /** @description Whether this is the last page. */
            isLast?: boolean;
            /** @description Number of entries a page holds. */
            pageSize?: number;
            /**
             * Format: int64
             * @description Number of history entries over all pages.
             */
            totalCount?: number;
            /** @description Number of pages. */
            totalPage?: number;
            /** @description The history entries on this page. The list name is documented; the item fields are UNCONFIRMED for API v2 (see the item schema). */
            snapshotHistoryResponseList?: components["schemas"]["SnapshotHistoryEntry"][] | null;
        };
        /** @description One snapshot run. Fields follow the API v1 SDK model and are UNCONFIRMED for API v2: none is required, each may be `null`, and other fields are allowed. */
        SnapshotHistoryEntry: {
            /** @description When the run happened, as the service formats it (format not documented). */
            actionDate?: string | null;
            /** @description Object Storage bucket the snapshot was written to. */
            bucketName?: string | null;
            /** @description Name of the cluster the snapshot was taken from. */
            clusterName?: string | null;
            /** @description How long the run took, as the service formats it (format not documented). */
            duration?: string | null;
            /** @description Whether the run left an error log to look at (a sign that it failed). */
            hasErrorLog?: boolean | null;
            /** @description Sequence number of this history entry. */
            idx?: number | null;
            /** @description Number of the NCP account that owns the cluster. */
            memberNo?: string | null;
            /** @description Status or error text the service recorded for the run. */
            message?: string | null;
            /** @description What started the run, for example a manual request or a schedule (values not documented). */
            requestType?: string | null;
            /** @description Instance number of the cluster; sent as a number by API v1, so both forms are accepted. */
            serviceGroupInstanceNo?: string | number | null;
            /** @description Name of the snapshot the run created. */
            snapshotName?: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description Error body written by the NCP API Gateway (authentication, quotas, routing, upstream failures). */
        GatewayError: {
            /** @description Details of the gateway error. */
            error: {
                /** @description Gateway error code: 100 bad request, 200 authentication failed, 210 permission denied, 230 forbidden, 300 not found, 400 quota exceeded, 410 throttle limited, 420 rate limited, 430 request entity too large, 500 endpoint error, 510 endpoint timeout, 900 unexpected error. Sent as a string in the documented example. */
                errorCode: string | number;
                /** @description Short English text for the code. */
                message?: string;
                /** @description Extra explanation that some gateway errors carry. */
                details?: string;
                /** @description Request identifier that some gateway errors carry. */
                requestId?: string;
            };
        };
        /** @description Failure written by the Search Engine service itself in its standard envelope, with a non-zero `code`. The shape is UNCONFIRMED (inferred from the success envelope). */
        ServiceError: {
            /** @description Non-zero service result code that says what went wrong. */
            code: number;
            /** @description Explanation of the failure. */
            message: string;
            /** @description Result slot of the envelope; expected to be `null` or absent on failure. A boolean or an object is tolerated because the success forms of the envelope carry those. */
            result?: boolean | Record<string, never> | null;
            /** @description Identifier the service gave this request; quote it to NCP support. */
            requestId?: string;
        };
    };
    responses: {
        /** @description The request was rejected. Either the gateway refused it (errorCode 100) or the service reported a failure in its envelope (non-zero `code`); which one a given failure uses is UNCONFIRMED, so both are accepted. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"] | components["schemas"]["ServiceError"];
            };
        };
        /** @description Authentication failed (errorCode 200: bad or missing signature, unknown key, or a timestamp too far from the gateway clock) or the key may not call this API (errorCode 210). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The gateway refused access to this API (errorCode 230). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The gateway knows no such path or method (errorCode 300). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The request body is larger than the gateway accepts (errorCode 430). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description A gateway limit was hit: quota exceeded (errorCode 400), throttle limit (410) or rate limit (420). Safe to retry later only for reads; a create may already have been accepted. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description Unexpected failure inside the gateway (errorCode 900). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The gateway could not reach the Search Engine service (errorCode 500). */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
        /** @description The Search Engine service did not answer in time (errorCode 510). For a create the outcome is unknown: check the history before trying again. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GatewayError"];
            };
        };
    };
    parameters: {
        /**
         * @description Region segment of the path. Public site: `v2` Korea, `sgn-v2` Singapore, `jpn-v2` Japan. Government site: `v2` metropolitan region, `krs-v2` southern region. Financial site: `v2`.
         * @example v2
         */
        ApiRegion: "v2" | "sgn-v2" | "jpn-v2" | "krs-v2";
        /**
         * @description Instance number of the Search Engine cluster (from the cluster list). The docs type it as an Integer, but it is an identifier that is never used for arithmetic, so it is kept as a string of digits: no precision loss, no reformatting, and it goes into the signed path unchanged.
         * @example 1037123
         */
        ServiceGroupInstanceNo: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Region segment of the path. Public site: `v2` Korea, `sgn-v2` Singapore, `jpn-v2` Japan. Government site: `v2` metropolitan region, `krs-v2` southern region. Financial site: `v2`.
                 * @example v2
                 */
                apiRegion: components["parameters"]["ApiRegion"];
                /**
                 * @description Instance number of the Search Engine cluster (from the cluster list). The docs type it as an Integer, but it is an identifier that is never used for arithmetic, so it is kept as a string of digits: no precision loss, no reformatting, and it goes into the signed path unchanged.
                 * @example 1037123
                 */
                serviceGroupInstanceNo: components["parameters"]["ServiceGroupInstanceNo"];
            };
            cookie?: never;
        };
        /** @description The snapshot to create and the bucket that receives it. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSnapshotRequest"];
            };
        };
        responses: {
            /** @description The request was accepted and the snapshot is being created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BooleanResultEnvelope"];
                };
            };
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
    getSnapshotHistory: {
        parameters: {
            query?: {
                /**
                 * @description Number of the page to return, counting from 1.
                 * @example 1
                 */
                pageNo?: number;
                /**
                 * @description How many history entries one page holds.
                 * @example 10
                 */
                pageSize?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Region segment of the path. Public site: `v2` Korea, `sgn-v2` Singapore, `jpn-v2` Japan. Government site: `v2` metropolitan region, `krs-v2` southern region. Financial site: `v2`.
                 * @example v2
                 */
                apiRegion: components["parameters"]["ApiRegion"];
                /**
                 * @description Instance number of the Search Engine cluster (from the cluster list). The docs type it as an Integer, but it is an identifier that is never used for arithmetic, so it is kept as a string of digits: no precision loss, no reformatting, and it goes into the signed path unchanged.
                 * @example 1037123
                 */
                serviceGroupInstanceNo: components["parameters"]["ServiceGroupInstanceNo"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the snapshot history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotHistoryEnvelope"];
                };
            };
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
    updateAPIAuthenticationKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Region segment of the path. Public site: `v2` Korea, `sgn-v2` Singapore, `jpn-v2` Japan. Government site: `v2` metropolitan region, `krs-v2` southern region. Financial site: `v2`.
                 * @example v2
                 */
                apiRegion: components["parameters"]["ApiRegion"];
                /**
                 * @description Instance number of the Search Engine cluster (from the cluster list). The docs type it as an Integer, but it is an identifier that is never used for arithmetic, so it is kept as a string of digits: no precision loss, no reformatting, and it goes into the signed path unchanged.
                 * @example 1037123
                 */
                serviceGroupInstanceNo: components["parameters"]["ServiceGroupInstanceNo"];
            };
            cookie?: never;
        };
        /** @description The key pair the cluster should use for Object Storage. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApiAuthenticationKeyRequest"];
            };
        };
        responses: {
            /** @description The key was stored on the cluster. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BooleanResultEnvelope"];
                };
            };
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
