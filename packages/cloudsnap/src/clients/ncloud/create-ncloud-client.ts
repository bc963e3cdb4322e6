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
import {
  type ClientReliabilityOptions,
  clientReliability,
  shouldCorrectClockSkew,
} from "../../http/client-reliability";
import type { InvokeDeps } from "../../http/invoke-operation";
import { fillField } from "../../http/operation-fields";
import { bindFacade } from "../bind-facade";
import { resolveOrigin } from "../resolve-origin";
import { NCLOUD_SITES, type NcloudSite } from "./constants";
import { withBlockStorageWaiter, withNasGuardAndWaiter, withSearchEngineWaiter } from "./ncloud-and-wait";
import { createNcloudAuthorizer } from "./ncloud-authorizer";
import type { ClassicNasClient, SearchEngineClient, VserverClient } from "./ncloud-client-types";
import { ncloudAccept, unwrapResponseRoot } from "./ncloud-response";

/** Options for {@link createNcloudClient}. */
export interface NcloudClientOptions extends ClientReliabilityOptions {
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
}

/** A NAVER Cloud client: `classicNas`, `vserver` and `searchEngine`, one method per operationId. */
export interface NcloudClient {
  readonly classicNas: ClassicNasClient;
  readonly vserver: VserverClient;
  readonly searchEngine: SearchEngineClient;
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
  // NCP takes no client token, so a create is retried only when it provably did not run.
  const deps: InvokeDeps = {
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    authorizer: createNcloudAuthorizer(options.credentials ?? defaultNcloudCredentials(), {
      now: options.now,
      correctClockSkew: shouldCorrectClockSkew(options),
    }),
    ...clientReliability("createNcloudClient", options),
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
    classicNas: withNasGuardAndWaiter(
      bindFacade(
        gatewayApi(createClassicNasClient({ baseUrl: origin("classicNas", site.gateway) }), classicNas),
        deps,
      ),
    ),
    vserver: withBlockStorageWaiter(
      bindFacade(
        gatewayApi(createVserverClient({ baseUrl: origin("vserver", site.gateway) }), vserver),
        deps,
      ),
      options.regionCode,
    ),
    searchEngine: withSearchEngineWaiter(
      bindFacade(
        {
          provider: "ncloud",
          operations: searchEngine.OPERATIONS,
          shapes: searchEngine.SHAPES,
          bound: createSearchEngineClient({ baseUrl: origin("searchEngine", site.searchEngine) }),
          fillDefaults: fillField("apiRegion", options.searchEngineRegion ?? "v2"),
        },
        deps,
      ),
    ),
  };
}
