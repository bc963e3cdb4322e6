import { createEvsClient, evs } from "@cloudsnap/huaweicloud";
import {
  type CredentialSource,
  defaultHuaweiCloudCredentials,
  type HuaweiCloudCredentials,
  type HuaweiCloudIamUserCredentials,
  resolveCredentialSource,
} from "../../credentials";
import type { Authorizer } from "../../http/authorizer";
import { bindFacade } from "../bind-facade";
import type { FacadeMethods } from "../facade-types";
import { resolveOrigin } from "../resolve-origin";
import { createAkSkAuthorizer } from "./aksk-authorizer";
import { DEFAULT_HUAWEICLOUD_REGION, evsOrigin, iamOrigin } from "./constants";
import { createTokenAuthorizer } from "./token-authorizer";

/** Options for {@link createHuaweiCloudClient}. */
export interface HuaweiCloudClientOptions {
  /**
   * `{ accessKey, secretKey, securityToken? }` for AK/SK signing, or IAM user credentials
   * (`{ userName, password, domainName, projectName? | projectId? }`) for an `X-Auth-Token`.
   * Defaults to `HUAWEICLOUD_SDK_*` variables, then `~/.huaweicloud/credentials`.
   */
  readonly credentials?: CredentialSource<HuaweiCloudCredentials> | HuaweiCloudIamUserCredentials;
  /** Region (default `cn-north-4`): picks the EVS and IAM hosts. */
  readonly region?: string;
  /** Project id filled into `project_id` when a call leaves it out; defaults to the credentials' one. */
  readonly projectId?: string;
  /** One origin that replaces every default host of Huawei Cloud. */
  readonly endpoint?: string;
  /** Per-API origins, over `endpoint`. */
  readonly endpoints?: { readonly evs?: string; readonly iam?: string };
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Per-attempt timeout in milliseconds (default 30 s). */
  readonly timeoutMs?: number;
  readonly now?: () => Date;
}

/** A Huawei Cloud client: `evs`, one method per operationId. */
export interface HuaweiCloudClient {
  readonly evs: FacadeMethods<evs.Operations, evs.operations, "project_id", "keep">;
}

/** Creates a typed Huawei Cloud client, signed with AK/SK or authenticated with an IAM token. */
export function createHuaweiCloudClient(options: HuaweiCloudClientOptions = {}): HuaweiCloudClient {
  const region = options.region ?? DEFAULT_HUAWEICLOUD_REGION;
  const origin = (api: "evs" | "iam", fallback: string) => {
    const chosen = options.endpoints?.[api] ?? options.endpoint;
    return chosen
      ? resolveOrigin(chosen, options.endpoints?.[api] ? `endpoints.${api}` : "endpoint")
      : fallback;
  };
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const source = options.credentials ?? defaultHuaweiCloudCredentials();
  let projectFromCredentials: string | undefined;
  const authorizer: Authorizer =
    typeof source === "object" && "userName" in source
      ? createTokenAuthorizer(source, {
          iamOrigin: origin("iam", iamOrigin(region)),
          region,
          fetch: fetchImpl,
          ...(options.now ? { now: options.now } : {}),
        })
      : createAkSkAuthorizer(
          source as CredentialSource<HuaweiCloudCredentials>,
          () => options.projectId,
          options.now,
        );
  const evsApi = {
    provider: "huaweicloud" as const,
    operations: evs.OPERATIONS,
    shapes: evs.SHAPES,
    bound: createEvsClient({ baseUrl: origin("evs", evsOrigin(region)) }),
    fillDefaults: (_: unknown, params: Record<string, unknown>) => {
      const projectId = options.projectId ?? projectFromCredentials;
      return params.project_id === undefined && projectId ? { ...params, project_id: projectId } : params;
    },
  };
  const evsMethods = bindFacade<HuaweiCloudClient["evs"]>(evsApi, {
    fetch: fetchImpl,
    authorizer,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  // The project id may live in the credentials (HUAWEICLOUD_SDK_PROJECT_ID): learn it before filling.
  const learnProject = async () => {
    if (options.projectId || projectFromCredentials || (typeof source === "object" && "userName" in source))
      return;
    const credentials = await resolveCredentialSource(source as CredentialSource<HuaweiCloudCredentials>);
    projectFromCredentials = credentials.projectId;
  };
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(
    evsMethods as Record<string, (...args: unknown[]) => Promise<unknown>>,
  )) {
    wrapped[name] = async (...args: unknown[]) => {
      await learnProject();
      return method(...args);
    };
  }
  return { evs: wrapped as HuaweiCloudClient["evs"] };
}
