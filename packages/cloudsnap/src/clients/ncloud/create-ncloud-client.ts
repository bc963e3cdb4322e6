import {
  classicNas,
  createClassicNasClient,
  createSearchEngineClient,
  createVserverClient,
  searchEngine,
  vserver,
} from "@cloudsnap/ncloud";
import { type CredentialSource, defaultNcloudCredentials, type NcloudCredentials } from "../../credentials";
import { ValidationError } from "../../errors";
import type { ApiBinding } from "../../http/api-binding";
import type { InvokeDeps } from "../../http/invoke-operation";
import { fillField } from "../../http/operation-fields";
import { bindFacade } from "../bind-facade";
import type { FacadeMethods } from "../facade-types";
import { resolveOrigin } from "../resolve-origin";
import { NCLOUD_SITES, type NcloudSite } from "./constants";
import { createNcloudAuthorizer } from "./ncloud-authorizer";
import { ncloudAccept, unwrapResponseRoot } from "./ncloud-response";

/** Options for {@link createNcloudClient}. */
export interface NcloudClientOptions {
  /** `{ accessKey, secretKey }` or a provider; defaults to `NCLOUD_*` variables, then `~/.ncloud/configure`. */
  readonly credentials?: CredentialSource<NcloudCredentials>;
  /** `public` (default), `gov` or `fin`: picks the default hosts. */
  readonly site?: NcloudSite;
  /** One origin that replaces every default host of NAVER Cloud (e.g. a mock or a proxy). */
  readonly endpoint?: string;
  /** Per-API origins, over `endpoint`. */
  readonly endpoints?: {
    readonly classicNas?: string;
    readonly vserver?: string;
    readonly searchEngine?: string;
  };
  /** VPC `regionCode` filled into calls that leave it out (e.g. `KR`). */
  readonly regionCode?: string;
  /** Search Engine region path segment filled into calls that leave it out (default `v2`, Korea). */
  readonly searchEngineRegion?: "v2" | "sgn-v2" | "jpn-v2" | "krs-v2";
  /** Fetch implementation; defaults to `globalThis.fetch`. */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Per-attempt timeout in milliseconds (default 30 s). */
  readonly timeoutMs?: number;
  /** Clock for signatures; defaults to the real clock. */
  readonly now?: () => Date;
}

type Unwrapped<B, T> = FacadeMethods<B, T, "regionCode", "unwrap">;

/** A NAVER Cloud client: `classicNas`, `vserver` and `searchEngine`, one method per operationId. */
export interface NcloudClient {
  readonly classicNas: Unwrapped<classicNas.Operations, classicNas.operations>;
  readonly vserver: Unwrapped<vserver.Operations, vserver.operations>;
  readonly searchEngine: FacadeMethods<searchEngine.Operations, searchEngine.operations, "apiRegion", "keep">;
}

/** Creates a signed, typed NAVER Cloud client (API Gateway signature v2 on every call). */
export function createNcloudClient(options: NcloudClientOptions = {}): NcloudClient {
  const siteName = options.site ?? "public";
  if (!Object.hasOwn(NCLOUD_SITES, siteName)) {
    throw new ValidationError(`site must be one of ${Object.keys(NCLOUD_SITES).join(", ")}`, {
      operation: "createNcloudClient",
      path: "site",
      rule: "enum",
    });
  }
  const site = NCLOUD_SITES[siteName];
  const origin = (api: keyof NonNullable<NcloudClientOptions["endpoints"]>, fallback: string) => {
    const chosen = options.endpoints?.[api] ?? options.endpoint;
    return chosen
      ? resolveOrigin(chosen, options.endpoints?.[api] ? `endpoints.${api}` : "endpoint")
      : fallback;
  };
  const deps: InvokeDeps = {
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    authorizer: createNcloudAuthorizer(options.credentials ?? defaultNcloudCredentials(), options.now),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  };
  const gatewayApi = (
    bound: Record<string, unknown>,
    api: { OPERATIONS: ApiBinding["operations"]; SHAPES: ApiBinding["shapes"] },
  ) => ({
    provider: "ncloud" as const,
    operations: api.OPERATIONS,
    shapes: api.SHAPES,
    bound,
    fillDefaults: fillField("regionCode", options.regionCode),
    headersFor: ncloudAccept,
    unwrap: unwrapResponseRoot,
  });
  return {
    classicNas: bindFacade(
      gatewayApi(createClassicNasClient({ baseUrl: origin("classicNas", site.gateway) }), classicNas),
      deps,
    ),
    vserver: bindFacade(
      gatewayApi(createVserverClient({ baseUrl: origin("vserver", site.gateway) }), vserver),
      deps,
    ),
    searchEngine: bindFacade(
      {
        provider: "ncloud",
        operations: searchEngine.OPERATIONS,
        shapes: searchEngine.SHAPES,
        bound: createSearchEngineClient({ baseUrl: origin("searchEngine", site.searchEngine) }),
        fillDefaults: fillField("apiRegion", options.searchEngineRegion ?? "v2"),
      },
      deps,
    ),
  };
}
