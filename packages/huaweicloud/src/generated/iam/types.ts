// This file is generated. Do not edit it by hand.
// Source: specs/huaweicloud/iam.yaml
// Regenerate with: pnpm generate
export interface paths {
    "/v3/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Obtain a user token with a password
         * @description Authenticates an IAM user (or the account itself) by name and password and returns a token in
         *     the `X-Subject-Token` response header. The token is valid for 24 hours, but becomes invalid
         *     within 30 minutes if the user's password or access keys change, the user is disabled or deleted,
         *     or its permissions change. Cache it and fetch a new one before it expires; getting a new token
         *     does not invalidate older ones. This call needs no authentication and sends a password: never
         *     log its body. Scope the token to the project whose resources will be called (for EVS: a project
         *     named after the region, such as `cn-north-4`, or the project's id).
         */
        post: operations["createToken"];
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
        /** @description Body of `createToken`. */
        CreateTokenRequest: {
            /** @description Who is authenticating and what the token is for. */
            auth: {
                identity: components["schemas"]["PasswordIdentity"];
                scope: components["schemas"]["TokenScope"];
            };
        };
        /** @description Password authentication of one user. */
        PasswordIdentity: {
            /** @description Authentication methods used; always exactly `["password"]` here. */
            methods: "password"[];
            /** @description The password credentials. */
            password: {
                user: components["schemas"]["PasswordUser"];
            };
        };
        /** @description The user and the account it belongs to. */
        PasswordUser: {
            /** @description IAM user name (for the account itself, the account name). */
            name: string;
            /**
             * Format: password
             * @description The user's login password. A secret; never log it.
             */
            password: string;
            /** @description The account (IAM "domain") the user belongs to. */
            domain: {
                /** @description Account name. */
                name: string;
            };
        };
        /**
         * @description What the token may be used for: one project (by name, such as `cn-north-4`, or by id) for
         *     regional services like EVS, or the whole account (domain) for global services. Exactly one.
         */
        TokenScope: components["schemas"]["ProjectScope"] | components["schemas"]["DomainScope"];
        /** @description Scope the token to one project. */
        ProjectScope: {
            /** @description The project, by name or by id (exactly one of them). */
            project: {
                /** @description Project name; a region's default project is named after the region, for example `cn-north-4`. */
                name: string;
            } | {
                /** @description Project id. */
                id: string;
            };
        };
        /** @description Scope the token to the whole account. */
        DomainScope: {
            /** @description The account, by name or by id (exactly one of them). */
            domain: {
                /** @description Account name. */
                name: string;
            } | {
                /** @description Account id. */
                id: string;
            };
        };
        /** @description An id and a name. */
        NamedRef: {
            /** @description Id. */
            id?: string;
            /** @description Name. */
            name?: string;
        };
        /** @description The project the token is scoped to. */
        TokenProject: {
            /** @description Project id; the `project_id` of EVS paths. */
            id?: string;
            /** @description Project name. */
            name?: string;
            domain?: components["schemas"]["NamedRef"];
        };
        /** @description The user the token was issued to. */
        TokenUser: {
            /** @description User id. */
            id?: string;
            /** @description User name. */
            name?: string;
            /** @description When the user's password expires; empty or null when it does not. */
            password_expires_at?: string | null;
            domain?: components["schemas"]["NamedRef"];
        };
        /** @description A role granted to the token. */
        TokenRole: {
            /** @description Role id. */
            id?: string;
            /** @description Role name. */
            name?: string;
        };
        /** @description One endpoint of a service in the catalog. */
        CatalogEndpoint: {
            /** @description Endpoint id. */
            id?: string;
            /** @description Endpoint visibility, normally `public`. */
            interface?: string;
            /** @description Region of the endpoint. */
            region?: string;
            /** @description Region id of the endpoint. */
            region_id?: string;
            /** @description Base URL of the endpoint. */
            url?: string;
        };
        /** @description One service in the catalog. */
        CatalogEntry: {
            /** @description Service id. */
            id?: string;
            /** @description Service name. */
            name?: string;
            /** @description Service type. */
            type?: string;
            /** @description Endpoints of the service. */
            endpoints?: components["schemas"]["CatalogEndpoint"][];
        };
        /** @description Description of the issued token (the token itself is in `X-Subject-Token`). */
        Token: {
            /**
             * Format: date-time
             * @description When the token stops being valid (UTC), 24 hours after issue.
             */
            expires_at: string;
            /**
             * Format: date-time
             * @description When the token was issued (UTC).
             */
            issued_at: string;
            /** @description Authentication methods used to obtain the token. */
            methods: string[];
            user: components["schemas"]["TokenUser"];
            project?: components["schemas"]["TokenProject"];
            domain?: components["schemas"]["NamedRef"];
            /** @description Roles the token carries. */
            roles?: components["schemas"]["TokenRole"][];
            /** @description Service catalog; left out when `nocatalog=true`. */
            catalog?: components["schemas"]["CatalogEntry"][];
        };
        /** @description Body of `createToken`. */
        CreateTokenResponse: {
            token: components["schemas"]["Token"];
        };
        /** @description Keystone-style IAM error body. */
        KeystoneError: {
            /** @description The error details. */
            error: {
                /** @description Error code; the HTTP status as a number in the observed bodies. */
                code?: number | string;
                /** @description Human-readable explanation of the error. */
                message?: string;
                /** @description Short name of the error, such as `Unauthorized`. */
                title?: string;
            };
        };
        /** @description IAM error body with an `IAM.` error code. */
        IamCodedError: {
            /** @description IAM error code such as `IAM.0011` (or an `APIGW.` gateway code). */
            error_code: string;
            /** @description Human-readable explanation of the error. */
            error_msg: string;
            /** @description Id of the request, when the gateway adds one. */
            request_id?: string;
        };
        /** @description Either IAM error shape; decoders must accept both. */
        IamError: components["schemas"]["KeystoneError"] | components["schemas"]["IamCodedError"];
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Id the provider gives this request, if it sends one; quote it when reporting a problem. */
        XRequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createToken: {
        parameters: {
            query?: {
                /** @description When `true`, the response leaves out the service catalog (much smaller). */
                nocatalog?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The password credentials and the scope of the token. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenRequest"];
            };
        };
        responses: {
            /** @description Created. The token is in the `X-Subject-Token` header; the body describes it. */
            201: {
                headers: {
                    /** @description The token itself, to send as `X-Auth-Token`. A secret; never log it. */
                    "X-Subject-Token": string;
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTokenResponse"];
                };
            };
            /** @description The request body is malformed or incomplete. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamError"];
                };
            };
            /**
             * @description Authentication failed: wrong user name, password or account name, or the user cannot log
             *     in with a password (for example a federated user). Do not retry with the same credentials.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamError"];
                };
            };
            /**
             * @description The user is known but may not obtain this token, for example because the user is disabled,
             *     login protection or an access policy blocks it, or the scope is not allowed.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IamError"];
                };
            };
        };
    };
}
