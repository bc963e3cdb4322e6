import { createEvsClient, evs } from "@cloudsnap/huaweicloud";
import {
  type CredentialSource,
  defaultHuaweiCloudCredentials,
  type HuaweiCloudCredentials,
  type HuaweiCloudIamUserCredentials,
  resolveCredentialSource,
} from "../../credentials";
import { ValidationError } from "../../errors";
import type { ApiBinding } from "../../http/api-binding";
import type { Authorizer } from "../../http/authorizer";
import {
  type ClientReliabilityOptions,
  clientReliability,
  shouldCorrectClockSkew,
} from "../../http/client-reliability";
import { hasField } from "../../http/operation-fields";
import { bindFacade } from "../bind-facade";
import { resolveOrigin } from "../resolve-origin";
import { createAkSkAuthorizer } from "./aksk-authorizer";
import { DEFAULT_HUAWEICLOUD_REGION, evsOrigin, iamOrigin } from "./constants";
import { type EvsClient, withEvsWaiter } from "./evs-and-wait";
import { createTokenAuthorizer } from "./token-authorizer";

/** Options for {@link createHuaweiCloudClient}. */
export interface HuaweiCloudClientOptions extends ClientReliabilityOptions {
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
  /** Fetch implementation; defaults to `globalThis.fetch`. */
  readonly fetch?: (request: Request) => Promise<Response>;
}

/** A Huawei Cloud client: `evs`, one method per operationId. */
export interface HuaweiCloudClient {
  readonly evs: EvsClient;
}

/** Creates a typed Huawei Cloud client, signed with AK/SK or authenticated with an IAM token. */
export function createHuaweiCloudClient(options: HuaweiCloudClientOptions = {}): HuaweiCloudClient {
  const reliability = clientReliability("createHuaweiCloudClient", options);
  const region = options.region ?? DEFAULT_HUAWEICLOUD_REGION;
  const origin = (api: "evs" | "iam", fallback: string) => {
    const chosen = options.endpoints?.[api] ?? options.endpoint;
    return chosen
      ? resolveOrigin(chosen, options.endpoints?.[api] ? `endpoints.${api}` : "endpoint")
      : fallback;
  };
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const source = options.credentials ?? defaultHuaweiCloudCredentials();
  const isIamUser = typeof source === "object" && "userName" in source;
  const authorizer: Authorizer = isIamUser
    ? createTokenAuthorizer(source, {
        iamOrigin: origin("iam", iamOrigin(region)),
        region,
        fetch: fetchImpl,
        shared: reliability,
        ...(options.now ? { now: options.now } : {}),
      })
    : createAkSkAuthorizer(source as CredentialSource<HuaweiCloudCredentials>, () => options.projectId, {
        now: options.now,
        correctClockSkew: shouldCorrectClockSkew(options),
      });
  // The project id: the option, else the credentials' own (IAM user's, or HUAWEICLOUD_SDK_PROJECT_ID).
  const projectId = async (): Promise<string | undefined> => {
    if (options.projectId) return options.projectId;
    if (isIamUser) return source.projectId;
    return (await resolveCredentialSource(source as CredentialSource<HuaweiCloudCredentials>)).projectId;
  };
  const evsApi: ApiBinding = {
    provider: "huaweicloud",
    operations: evs.OPERATIONS,
    shapes: evs.SHAPES,
    bound: createEvsClient({ baseUrl: origin("evs", evsOrigin(region)) }),
    fillDefaults: async (operation, params) => {
      if (params.project_id !== undefined || !hasField(operation, "project_id")) return params;
      const project = await projectId();
      if (!project) {
        throw new ValidationError(
          `${operation.operationId}: project_id is required; pass it, or set projectId or HUAWEICLOUD_SDK_PROJECT_ID`,
          {
            operation: operation.operationId,
            path: "project_id",
            rule: "required",
          },
        );
      }
      return { ...params, project_id: project };
    },
  };
  return {
    // EVS takes no client token: a create is retried only when refused (throttled, EVS.2409 busy).
    evs: withEvsWaiter(bindFacade(evsApi, { fetch: fetchImpl, authorizer, ...reliability })),
  };
}
