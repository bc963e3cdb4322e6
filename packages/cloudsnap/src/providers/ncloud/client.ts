// createNcloudClient: Classic NAS, VPC Server block storage and Search Engine, each signed with API
// Gateway signature v2.

import { classicNas, searchEngine, vserver } from "@cloudsnap/ncloud/metadata";
import {
  type ClientReliabilityOptions,
  createTransport,
  shouldCorrectClockSkew,
} from "../../core/call-options";
import type { CredentialSource } from "../../core/credentials";
import { createValidationError, ValidationError } from "../../core/errors";
import { bindMethods } from "../../core/facade";
import { loadPipeline } from "../../core/load-pipeline";
import type { ApiMetadata, OperationMetadata } from "../../core/metadata";
import { type ApiBinding, checkOrigin, endpointOf, fillField } from "../../core/provider";
import { createNcloudAuthorizer } from "./auth";
import { defaultNcloudCredentials, type NcloudCredentials } from "./credentials";
import { type ClassicNasClient, type ClassicNasMethods, withNasGuardAndWaiter } from "./nas";
import {
  isNcloudSite,
  NCLOUD_RULES,
  type NcloudApiName,
  type NcloudSite,
  ncloudAccept,
  ncloudOrigin,
  rejectServiceFailure,
  unwrapResponseRoot,
} from "./rules";
import { type SearchEngineClient, type SearchEngineMethods, withSearchEngineWaiter } from "./search-engine";
import { type VserverClient, type VserverMethods, withBlockStorageWaiter } from "./vserver";

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
}

/** A NAVER Cloud client: `classicNas`, `vserver` and `searchEngine`, one method per operationId. */
export interface NcloudClient {
  readonly classicNas: ClassicNasClient;
  readonly vserver: VserverClient;
  readonly searchEngine: SearchEngineClient;
}

const FACTORY = "createNcloudClient";

/** Creates a signed, typed NAVER Cloud client (API Gateway signature v2 on every call). */
export function createNcloudClient(options: NcloudClientOptions = {}): NcloudClient {
  const transport = createTransport(FACTORY, options);
  const site = options.site ?? "public";
  if (!isNcloudSite(site)) {
    throw new ValidationError("site must be one of public, gov, fin", {
      operation: FACTORY,
      path: "site",
      rule: "enum",
    });
  }
  // NCP takes no client token, so a create is retried only when it provably did not run.
  const authorizer = createNcloudAuthorizer(options.credentials ?? defaultNcloudCredentials(), {
    now: options.now,
    correctClockSkew: shouldCorrectClockSkew(options),
  });
  const bind = (api: NcloudApiName, metadata: ApiMetadata, extra: Partial<ApiBinding>): ApiBinding => {
    const { refuse, ...place } = where(api, site, options);
    return {
      rules: NCLOUD_RULES,
      ...place,
      operations: metadata.OPERATIONS,
      shapes: metadata.SHAPES,
      authorizer,
      transport,
      ...extra,
      ...(refuse ? { fillDefaults: refuse } : {}),
    };
  };
  const gateway = { headersFor: ncloudAccept, unwrap: unwrapResponseRoot };
  const nas = bind("classicNas", classicNas, {
    ...gateway,
    fillDefaults: fillField("regionCode", options.regionCode),
  });
  const vpc = bind("vserver", vserver, {
    ...gateway,
    fillDefaults: fillField("regionCode", options.regionCode),
  });
  const ses = bind("searchEngine", searchEngine, {
    fillDefaults: fillField("apiRegion", options.searchEngineRegion ?? "v2"),
    unwrap: rejectServiceFailure,
  });
  return {
    classicNas: withNasGuardAndWaiter(bindMethods<ClassicNasMethods>(nas), (id, params, callOptions) =>
      loadPipeline().then(({ checkCall }) => checkCall(nas, id, params, callOptions)),
    ),
    vserver: withBlockStorageWaiter(bindMethods<VserverMethods>(vpc), options.regionCode),
    searchEngine: withSearchEngineWaiter(bindMethods<SearchEngineMethods>(ses)),
  };
}

/**
 * Where one API lives: the caller's endpoint, else the spec's server for the site. An API the spec
 * lists no server for on that site gets none: its calls are refused, naming the missing endpoint.
 */
function where(
  api: NcloudApiName,
  site: NcloudSite,
  options: NcloudClientOptions,
): { origin: string; host: string; refuse?: ApiBinding["fillDefaults"] } {
  const chosen = options.endpoints?.[api] ?? options.endpoint;
  if (chosen !== undefined)
    return checkOrigin(chosen, options.endpoints?.[api] ? `endpoints.${api}` : "endpoint");
  const origin = ncloudOrigin(api, site);
  if (origin !== undefined) return endpointOf(origin);
  return {
    origin: "https://unconfigured.invalid",
    host: "unconfigured.invalid",
    refuse: (operation: OperationMetadata) => {
      throw createValidationError({
        operation: operation.operationId,
        path: `endpoints.${api}`,
        rule: "required",
        expected: `an origin: the ${site} site documents no ${api} host`,
      });
    },
  };
}
