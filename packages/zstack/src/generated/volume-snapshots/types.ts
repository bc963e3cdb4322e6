// This file is generated. Do not edit it by hand.
// Source: specs/zstack/volume-snapshots.yaml
// Regenerate with: pnpm generate
export interface paths {
    "/zstack/v1/volumes/{volumeUuid}/volume-snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a snapshot of a volume
         * @description Starts a snapshot of the given root or data volume (ZStack API reference, `CreateVolumeSnapshot`).
         *
         *     **This call is asynchronous in the server source read.** The provider page documents it as
         *     "Synchronous, 200" with `{"inventory": ...}`, but the management node answers **202 Accepted**
         *     with `{"location": "<baseUrl>/v1/api-jobs/<jobUuid>", "apiTimeout": <milliseconds>}` (`apiTimeout`
         *     is missing on servers older than early 2021). The snapshot inventory (the page's 200 example) is
         *     the body of a later `GET` on that location: see `getApiJob`, which answers 202 while the job runs,
         *     200 with `{"inventory": ...}` on success and 503 with `{"error": ...}` on failure. The documented
         *     200 is declared here too, so a node or proxy that answers as the page says still decodes: a 200
         *     is the finished snapshot, with no job to follow. The location's
         *     origin is built from the node's own configuration and may be an internal address; keep only its
         *     path and send it to the configured origin, as the official SDKs do.
         *
         *     The create is not idempotent. To make a retried create recognisable, choose the ids yourself:
         *     `X-Job-UUID` names the job (a second request with the same value is refused with 400
         *     "Duplicate job uuid[...]", which proves the first one arrived, and the job can be polled at
         *     `/zstack/v1/api-jobs/<X-Job-UUID>`), and `params.resourceUuid` names the snapshot (it can be
         *     found with `queryVolumeSnapshot` and `q=uuid=<resourceUuid>`; reusing it for a second snapshot fails).
         *
         *     Request-level rejections (bad headers, unknown path, failed signature) come back as plain text
         *     with a 4xx/5xx status. An invalid or expired session is not one of them: it is only detected while
         *     the job runs, so the job fails with error code `ID.1001`.
         */
        post: operations["createVolumeSnapshot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zstack/v1/api-jobs/{jobUuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Poll an asynchronous API job
         * @description Reads the state of the job named in a 202 `location` (for this spec, the job of
         *     `createVolumeSnapshot`). Only GET is accepted here (other methods get 405).
         *
         *     - **202** with `{}`: still running; ask again later.
         *     - **200** with `{"inventory": VolumeSnapshotInventory}`: the snapshot was taken (the provider page's
         *       200 body).
         *     - **503** with `{"error": ErrorCode}`: the job failed; the error says why.
         *     - **404**, plain text "the job has been expired": finished results are kept for 10800 s by default
         *       (`rest.completedApi.expiredPeriod`), and an unknown job id gets the same answer. After a 404, look
         *       the snapshot up with `queryVolumeSnapshot` (by `resourceUuid` if one was chosen).
         *
         *     The operationId is `getApiJob` (not `queryApiJob`): it reads one job by id. The server performs no
         *     credential check on this path, but official SDKs send their usual `Authorization` header, so either
         *     is allowed and none is required.
         */
        get: operations["getApiJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zstack/v1/accounts/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Log in with an account name and password
         * @description Opens a session for an account (`LogInByAccount`, synchronous). Send the **lower-case hex SHA-512
         *     digest of the password**, never the password itself. Use the returned `inventory.uuid` as
         *     `Authorization: OAuth <uuid>` on later calls until it expires (`ID.1001`), then log in again.
         *     A wrong name or password answers 503 with error code `ID.1000`.
         */
        put: operations["logInByAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zstack/v1/accounts/sessions/{sessionUuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Log out a session
         * @description Ends a session (`LogOut`, synchronous). No credentials are checked: the session id in the path
         *     is the one closed. In the server source read, logging out an unknown or already expired session
         *     also succeeds.
         */
        delete: operations["logOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zstack/v1/volume-snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Query volume snapshots
         * @description Lists the snapshots matching every `q` condition (`QueryVolumeSnapshot`, synchronous). Without
         *     conditions all visible snapshots are returned, at most `limit` (default 1000). To find one
         *     snapshot use `q=uuid=<uuid>`; to wait for a new one, poll until `status` is `Ready`.
         *     An invalid or expired session answers 503 with error code `ID.1001`.
         */
        get: operations["queryVolumeSnapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/zstack/v1/volume-snapshots/{uuid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one volume snapshot by UUID
         * @description The optional path of `QueryVolumeSnapshot` (`optionalPaths` in the server source): the server turns
         *     it into the single condition `uuid=<uuid>` and answers like `queryVolumeSnapshot`, with a list of at
         *     most one inventory. An unknown UUID is not an error: `inventories` is then empty. Servers older than
         *     the commit read may lack this path (404); `queryVolumeSnapshot` with `q=uuid=<uuid>` works everywhere.
         */
        get: operations["getVolumeSnapshot"];
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
        /**
         * @description A request-level failure message, sent as the raw response body (no JSON). The text is meant for
         *     people; match on the HTTP status, not on the wording.
         */
        PlainTextError: string;
        /** @description Body of `createVolumeSnapshot`. */
        CreateVolumeSnapshotRequest: {
            params: components["schemas"]["CreateVolumeSnapshotParams"];
            /** @description Optional system tags to attach to the new snapshot (`key::value` strings defined by ZStack). */
            systemTags?: string[];
            /** @description Optional free-form user tags to attach to the new snapshot. */
            userTags?: string[];
        };
        /** @description The snapshot's own parameters. */
        CreateVolumeSnapshotParams: {
            /** @description Name of the snapshot, at most 255 characters. */
            name: string;
            /** @description Optional free-text description of the snapshot, at most 2048 characters. */
            description?: string;
            /**
             * @description Optional UUID the new snapshot will get, chosen by the client: a lower-case UUID (version 1-5,
             *     version 4 recommended) with the dashes removed, i.e. 32 hex digits. The server checks exactly
             *     this form and refuses a UUID already in use. Choosing it makes a retried create recognisable:
             *     if the outcome of the first attempt is unknown, look for a snapshot with this UUID before
             *     sending again.
             * @example 4d7c2a9e0b1f4c3a8e5d6f7a8b9c0d1e
             */
            resourceUuid?: string;
            /** @description Optional UUIDs of tags to attach to the new snapshot (accepted by newer servers only). */
            tagUuids?: string[];
        };
        /** @description The 202 answer to an asynchronous call. */
        ApiJobAccepted: {
            /**
             * Format: uri
             * @description URL of the job, `<baseUrl>/v1/api-jobs/<jobUuid>`. The base URL comes from the node's own
             *     settings and may name an internal address; clients should keep the path and the job id and
             *     poll through the configured origin.
             */
            location: string;
            /**
             * Format: int64
             * @description The job's timeout in milliseconds (absent on servers older than early 2021).
             */
            apiTimeout?: number;
        };
        /** @description The 202 answer of `getApiJob` while the job runs; an empty object. */
        ApiJobRunning: Record<string, never>;
        /** @description A success without data; an empty object. */
        EmptyResult: Record<string, never>;
        /** @description The successful result of a `createVolumeSnapshot` job. */
        CreateVolumeSnapshotResult: {
            inventory: components["schemas"]["VolumeSnapshotInventory"];
        };
        /**
         * @description A volume snapshot. Fields whose value is null are left out of the JSON by the server, so only the
         *     fields it always fills are required (the API description lists each optional field and why).
         */
        VolumeSnapshotInventory: {
            /** @description UUID of the snapshot. */
            uuid: string;
            /** @description Name of the snapshot. */
            name: string;
            /** @description Description of the snapshot; absent when none was given. */
            description?: string;
            /**
             * @description Who takes the snapshot: `Hypervisor` (the host's hypervisor, e.g. a qcow2 snapshot) or
             *     `Storage` (the primary storage itself).
             * @example Hypervisor
             * @example Storage
             */
            type: string;
            /** @description UUID of the volume the snapshot was taken from; absent once that volume is deleted. */
            volumeUuid?: string;
            /** @description UUID of the snapshot tree (the chain of snapshots of one volume) this snapshot belongs to. */
            treeUuid: string;
            /** @description UUID of the snapshot this one builds on; absent for the first snapshot of a tree. */
            parentUuid?: string;
            /** @description UUID of the primary storage holding the snapshot; absent if that storage was removed. */
            primaryStorageUuid?: string;
            /**
             * @description Location of the snapshot file or object on the primary storage; recorded when the snapshot
             *     becomes `Ready`, so absent while it is `Creating`.
             */
            primaryStorageInstallPath?: string;
            /**
             * @description Type of the source volume. `createVolumeSnapshot` accepts only `Root` and `Data` volumes;
             *     `Memory` appears for the memory part of VM snapshot groups, which queries can also return.
             * @enum {string}
             */
            volumeType: "Root" | "Data" | "Memory";
            /** @description Storage format of the snapshot, e.g. `qcow2`. */
            format: string;
            /** @description True for the newest snapshot of its tree (the one the volume currently builds on). */
            latest: boolean;
            /**
             * @description Size of the snapshot in bytes. A whole number, but typed `number`, not `integer`: the server can
             *     write it in floating-point notation (the provider page shows `1.073741824E9`), which integer validation
             *     would reject. Parse it as a number and round.
             */
            size: number;
            /**
             * Format: int32
             * @description Depth of the snapshot in its tree (reported by the SDK, not by the provider page).
             */
            distance?: number;
            /** @description UUID of the snapshot group this snapshot belongs to, if any (reported by the SDK, not by the provider page). */
            groupUuid?: string;
            /**
             * @description Administrative state of the snapshot.
             * @enum {string}
             */
            state: "Enabled" | "Disabled";
            /**
             * @description Lifecycle status; the snapshot can be used once it is `Ready`.
             * @enum {string}
             */
            status: "Creating" | "Ready" | "Deleting" | "Deleted";
            /**
             * @description Creation time as Gson's default English text, e.g. `Jun 7, 2017 9:20:17 PM`, in the node's
             *     local time zone with no zone given. Not ISO 8601; the exact layout can vary with the server's
             *     Java version.
             */
            createDate: string;
            /** @description Time of the last change, in the same text form as `createDate`. */
            lastOpDate: string;
            /**
             * @description Copies of the snapshot kept on backup storage; often absent (the provider page's own example
             *     leaves it out) or empty.
             */
            backupStorageRefs?: components["schemas"]["VolumeSnapshotBackupStorageRef"][];
        };
        /** @description One copy of a snapshot on a backup storage. */
        VolumeSnapshotBackupStorageRef: {
            /** @description UUID of the snapshot. */
            volumeSnapshotUuid: string;
            /** @description UUID of the backup storage holding the copy. */
            backupStorageUuid: string;
            /** @description Location of the copy on the backup storage. */
            installPath: string;
        };
        /** @description Answer of a snapshot query. */
        QueryVolumeSnapshotReply: {
            /** @description The matching snapshots; absent when `count=true` was asked. */
            inventories?: components["schemas"]["VolumeSnapshotInventory"][];
            /**
             * Format: int64
             * @description Number of matches, present only with `count=true` or `replyWithCount=true`.
             */
            total?: number;
            schema?: components["schemas"]["ResponseTypeMap"];
        };
        /** @description Answer of a lookup by UUID; `inventories` holds zero or one snapshot. */
        GetVolumeSnapshotReply: {
            /** @description The snapshot, or nothing when the UUID is unknown. */
            inventories: components["schemas"]["VolumeSnapshotInventory"][];
            schema?: components["schemas"]["ResponseTypeMap"];
        };
        /**
         * @description Map from a location in the response (such as `inventories[0]`) to the server-side Java class of the
         *     value there; the server adds it to every query answer. Not needed to use the data.
         */
        ResponseTypeMap: {
            [key: string]: string;
        };
        /** @description Body of `logInByAccount`. */
        LogInByAccountRequest: {
            /** @description The login parameters. */
            logInByAccount: {
                /** @description Name of the account, e.g. `admin`. */
                accountName: string;
                /**
                 * @description The SHA-512 digest of the password as 128 lower-case hex digits, never the plain password.
                 * @example b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86
                 */
                password: string;
                /** @description Id of a captcha challenge, when the node asks for one after failed logins. */
                captchaUuid?: string;
                /** @description The answer to that captcha challenge. */
                verifyCode?: string;
            };
        };
        /** @description Answer of a successful login. */
        LogInResult: {
            inventory: components["schemas"]["SessionInventory"];
        };
        /** @description A login session. */
        SessionInventory: {
            /** @description The session id; send it as `Authorization: OAuth <uuid>`. Treat it as a secret. */
            uuid: string;
            /** @description UUID of the account that logged in. */
            accountUuid: string;
            /** @description UUID of the user within the account (for an account login, the account's own UUID). */
            userUuid?: string;
            /** @description Kind of user the session belongs to, when the server reports it. */
            userType?: string;
            /** @description When the session expires, in the same Gson date text as snapshot dates (node-local time). */
            expiredDate: string;
            /** @description When the session was opened, in the same date text. */
            createDate?: string;
        };
        /** @description The error envelope sent with HTTP 503. */
        ErrorResponse: {
            error: components["schemas"]["ErrorCode"];
        };
        /**
         * @description A ZStack error. `code` is `<PREFIX>.<number>` (`SYS.1000`, `ID.1001`, `VOLUME_SNAPSHOT.1000`, ...);
         *     `cause` chains the underlying error. Fields with a null value are usually left out.
         */
        ErrorCode: {
            /** @description Error code, e.g. `SYS.1006` (operation failed) or `ID.1001` (invalid session). */
            code: string;
            /**
             * @description Short, generic meaning of the code, from the server's error-code catalogue; may be missing for
             *     an internal error re-wrapped from another error.
             */
            description?: string | null;
            /** @description What went wrong in this case, in words; missing when the raising code gave none. */
            details?: string | null;
            /** @description Reserved for a longer explanation; usually null or absent. */
            elaboration?: string | null;
            /** @description Reserved map of extra data; usually null or absent. */
            opaque?: Record<string, never> | null;
            /** @description The error that caused this one, or null/absent when this is the root cause. */
            cause?: components["schemas"]["ErrorCode"] | null;
            /** @description Cross-product error code reported by newer servers. */
            globalErrorCode?: string | null;
            /** @description Where in the server the error was raised, when reported. */
            location?: string | null;
            /** @description Time spent before the error, when reported. */
            cost?: string | null;
        };
    };
    responses: {
        /**
         * @description No credentials were presented. The management node itself answers a missing `Authorization` with
         *     400 and never uses 401 in the source read; 401 comes from reverse proxies or mocks and means the same.
         */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["PlainTextError"];
            };
        };
        /**
         * @description AccessKey authentication failed (plain text): the `Date` is more than 15 minutes away from the
         *     node's local clock, the AccessKey id is unknown or disabled, or the signature does not match.
         *     A clock or signature rejection means nothing ran; re-sign and retry is safe.
         */
        AccessKeyRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["PlainTextError"];
            };
        };
        /**
         * @description The request was rejected before the query ran (plain text): missing or malformed `Authorization`,
         *     missing `Date` in AccessKey mode, or a malformed query parameter.
         */
        QueryRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/plain": components["schemas"]["PlainTextError"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createVolumeSnapshot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional job id chosen by the client: 32 lower-case hex digits (a UUID without dashes). The
                 *     server uses it as the message id, so the job is then polled at `/zstack/v1/api-jobs/<value>`.
                 *     The server itself only checks the length (other lengths get 400 "Invalid header[X-Job-UUID], it
                 *     must be a UUID with '-' stripped") and, while it still keeps the job record, refuses a value
                 *     it has already seen with 400 "Duplicate job uuid[<value>]".
                 * @example 5a1b0c2d3e4f40718293a4b5c6d7e8f9
                 */
                "X-Job-UUID"?: string;
                /**
                 * @description Optional job timeout in **seconds** (the server reads the value with `Long.parseLong` and
                 *     converts seconds to milliseconds). Without it the API's default applies, 3 hours for this call.
                 *     A value that is not a whole number makes the server fail with 500 and the Java parse message.
                 *     The `apiTimeout` field of the 202 body, in contrast, is in milliseconds.
                 * @example 3600
                 */
                "X-API-Timeout"?: number;
                /**
                 * @description Optional URL the management node POSTs the job result to when the job ends (with the job id in
                 *     an `X-Job-UUID` header); the server retries a failed delivery several times. Polling still works.
                 * @example http://192.168.0.10:9000/zstack-callback
                 */
                "X-Web-Hook"?: string;
            };
            path: {
                /**
                 * @description UUID of the volume to snapshot (32 lower-case hex digits, no dashes).
                 * @example e60a0fb0b75743c1b0fcb017e31db043
                 */
                volumeUuid: string;
            };
            cookie?: never;
        };
        /** @description The snapshot parameters under `params`, plus optional system and user tags. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVolumeSnapshotRequest"];
            };
        };
        responses: {
            /**
             * @description The snapshot was taken: the answer the provider page documents for this call, the same body
             *     `getApiJob` returns once the job has finished. The management node source read answers 202
             *     instead (below); this answer is declared so that a node or proxy that answers as documented
             *     still decodes. There is no job to follow.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateVolumeSnapshotResult"];
                };
            };
            /** @description Accepted. The snapshot is being taken; poll `location` with `getApiJob` for the result. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiJobAccepted"];
                };
            };
            /**
             * @description The request was rejected before a job was created (plain text): missing or malformed
             *     `Authorization`, missing or unparsable `Date` in AccessKey mode, bad or reused `X-Job-UUID`,
             *     a body field of the wrong type.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PlainTextError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["AccessKeyRejected"];
            /** @description No API is mapped to the request path (plain text), e.g. a wrong context path. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PlainTextError"];
                };
            };
            /** @description The HTTP method is not allowed for this path (plain text). */
            405: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PlainTextError"];
                };
            };
            /**
             * @description The node failed while handling the request (plain text: the message of the Java exception).
             *     The job may or may not have been created; do not retry blindly.
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PlainTextError"];
                };
            };
            /**
             * @description The error envelope. Not produced for this asynchronous call in the server source read (failures
             *     after acceptance come from `getApiJob`); declared so the envelope is decoded wherever it shows up.
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getApiJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The job id, the last path segment of the 202 `location` (or the `X-Job-UUID` sent).
                 * @example 967a26b7431c49c0b1d50d709ef1aef3
                 */
                jobUuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job succeeded; the body holds the created snapshot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateVolumeSnapshotResult"];
                };
            };
            /** @description The job is still running; the body is an empty object. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiJobRunning"];
                };
            };
            /** @description The job result is gone (expired) or the id was never known (plain text, same message for both). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PlainTextError"];
                };
            };
            /** @description The job failed. `error.code` names the cause, e.g. `ID.1001` for an invalid session. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    logInByAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The login parameters under the action name `logInByAccount`. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogInByAccountRequest"];
            };
        };
        responses: {
            /** @description Logged in; the body holds the new session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogInResult"];
                };
            };
            /** @description No API is mapped to the request path (plain text), e.g. a wrong context path. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PlainTextError"];
                };
            };
            /** @description Login refused or failed (error envelope). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The session id returned by `logInByAccount` (32 lower-case hex digits).
                 * @example 7019b62326a848aa997b5a78c1cbf789
                 */
                sessionUuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out; the body is an empty object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmptyResult"];
                };
            };
            /** @description No API is mapped to the request path (plain text), e.g. a wrong context path. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PlainTextError"];
                };
            };
            /** @description The node could not complete the logout (error envelope). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    queryVolumeSnapshot: {
        parameters: {
            query?: {
                /**
                 * @description Conditions, one per repeated `q` parameter (`?q=volumeUuid=<uuid>&q=status=Ready`); all must
                 *     hold. Each is written `name<op>value` with no separators. The server looks for the operators in
                 *     this order and uses the first one contained in the text: `!=`, `>=`, `<=`, `!?=` (not in),
                 *     `!~=` (not like), `~=` (like, `%` wildcard), `?=` (in, values separated by commas), `=`, `>`,
                 *     `<`, then the suffix forms `name is null` and `name not null`. The value is taken as is (not
                 *     trimmed). Dotted names reach into related inventories (`backupStorageRefs.backupStorageUuid`).
                 *     A condition with no operator is rejected with 400.
                 * @example [
                 *       "volumeUuid=e60a0fb0b75743c1b0fcb017e31db043",
                 *       "status=Ready"
                 *     ]
                 */
                q?: string[];
                /** @description Maximum number of inventories to return. */
                limit?: number;
                /** @description Number of matching inventories to skip (offset), for paging together with `limit`. */
                start?: number;
                /** @description When true, only the number of matches is returned in `total`, without `inventories`. */
                count?: boolean;
                /** @description When true, `total` (the number of matches ignoring `limit`/`start`) is returned with the inventories. */
                replyWithCount?: boolean;
                /**
                 * @description Sort field, prefixed with `+` (ascending, the default) or `-` (descending), e.g. `-createDate`.
                 *     Encode `+` as `%2B`: a literal `+` in a query string decodes to a space.
                 * @example -createDate
                 */
                sort?: string;
                /**
                 * @description Comma-separated field names to return instead of whole inventories. The inventories then hold
                 *     only those fields, so fields this spec marks required may be missing; include them (`uuid`,
                 *     `name`, `status`, ...) or do not use this parameter with a strict decoder.
                 * @example uuid,name,status
                 */
                fields?: string;
                /** @description Field to group the results by. */
                groupBy?: string;
                /** @description Named resource filter written `filterType:condition(s)`; the server rejects a value without a colon. */
                filterName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching snapshots (`inventories`), the type map (`schema`) and, when asked for, `total`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryVolumeSnapshotReply"];
                };
            };
            400: components["responses"]["QueryRejected"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["AccessKeyRejected"];
            /** @description The query failed (error envelope), e.g. an invalid or expired session. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getVolumeSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description UUID of the snapshot (32 lower-case hex digits).
                 * @example ec8f396d8a5d48ce8bd949d469c0be62
                 */
                uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list holding the snapshot, or an empty list when no snapshot has this UUID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetVolumeSnapshotReply"];
                };
            };
            /** @description The request was rejected (plain text), e.g. a missing `Authorization` header. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PlainTextError"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["AccessKeyRejected"];
            /** @description No API is mapped to the path (plain text), e.g. a server without this optional path. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["PlainTextError"];
                };
            };
            /** @description The query failed (error envelope), e.g. an invalid or expired session. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
