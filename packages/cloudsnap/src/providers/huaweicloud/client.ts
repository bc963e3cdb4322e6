// createHuaweiCloudClient: EVS, signed with AK/SK or authenticated with an IAM token.

import {
  type ClientReliabilityOptions,
  createTransport,
  shouldCorrectClockSkew,
} from "../../core/call-options";
import { type CredentialSource, checkedCredentials } from "../../core/credentials";
import { createValidationError, ValidationError } from "../../core/errors";
import { bindMethods } from "../../core/facade";
import type { OperationMetadata } from "../../core/metadata";
import {
  type ApiBinding,
  type Authorizer,
  checkOrigin,
  endpointOf,
  hasField,
  lazyAuthorizer,
  type Transport,
} from "../../core/provider";
import { createAkSkAuthorizer, HUAWEICLOUD_OWNED_HEADERS } from "./auth";
import {
  AKSK_FIELDS,
  defaultHuaweiCloudCredentials,
  type HuaweiCloudCredentials,
  type HuaweiCloudIamUserCredentials,
} from "./credentials";
import { EVS, type EvsClient, withEvsWaiter } from "./evs";
import { DEFAULT_HUAWEICLOUD_REGION, evsOrigin, HUAWEICLOUD_RULES } from "./rules";

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
}

/** A Huawei Cloud client: `evs`, one method per operationId. */
export interface HuaweiCloudClient {
  readonly evs: EvsClient;
}

const FACTORY = "createHuaweiCloudClient";

/** Creates a typed Huawei Cloud client, signed with AK/SK or authenticated with an IAM token. */
export function createHuaweiCloudClient(options: HuaweiCloudClientOptions = {}): HuaweiCloudClient {
  const transport = createTransport(FACTORY, options);
  const region = options.region ?? DEFAULT_HUAWEICLOUD_REGION;
  if (typeof region !== "string" || !/^[a-z0-9-]+$/.test(region)) {
    throw createValidationError({
      operation: FACTORY,
      path: "region",
      rule: "pattern",
      expected: "^[a-z0-9-]+$ (e.g. cn-north-4)",
    });
  }
  const origin = (api: "evs" | "iam", fallback: string) => {
    const chosen = options.endpoints?.[api] ?? options.endpoint;
    return chosen
      ? checkOrigin(chosen, options.endpoints?.[api] ? `endpoints.${api}` : "endpoint")
      : endpointOf(fallback);
  };
  const source = options.credentials ?? defaultHuaweiCloudCredentials();
  const isIamUser = typeof source === "object" && source !== null && "userName" in source;
  // The IAM token scheme is loaded with its first signature: AK/SK clients never carry it.
  const authorizer: Authorizer = isIamUser
    ? lazyAuthorizer(HUAWEICLOUD_OWNED_HEADERS, async () => {
        const { createTokenAuthorizer, iamBinding, iamOrigin } = await import("./token");
        const iam = iamBinding(origin("iam", iamOrigin(region)), transport);
        return createTokenAuthorizer(source, { iam, region, now: options.now });
      })
    : createAkSkAuthorizer(source as CredentialSource<HuaweiCloudCredentials>, () => options.projectId, {
        now: options.now,
        correctClockSkew: shouldCorrectClockSkew(options),
      });
  const credentials = isIamUser
    ? undefined
    : checkedCredentials(source as CredentialSource<HuaweiCloudCredentials>, AKSK_FIELDS, "Huawei Cloud");
  // The project id: the option, else the credentials' own (IAM user's, or HUAWEICLOUD_SDK_PROJECT_ID).
  const projectId = async (): Promise<string | undefined> => {
    if (options.projectId) return options.projectId;
    if (isIamUser) return source.projectId;
    return (await credentials?.())?.projectId;
  };
  return {
    evs: withEvsWaiter(
      bindMethods(evsBinding(origin("evs", evsOrigin(region)), EVS, authorizer, transport, projectId)),
    ),
  };
}

function evsBinding(
  where: { origin: string; host: string },
  api: typeof EVS,
  authorizer: Authorizer,
  transport: Transport,
  projectId: () => Promise<string | undefined>,
): ApiBinding {
  return {
    rules: HUAWEICLOUD_RULES,
    ...where,
    operations: api.OPERATIONS,
    shapes: api.SHAPES,
    authorizer,
    transport,
    // EVS takes no client token: a create is retried only when refused (throttled, EVS.2409 busy).
    fillDefaults: async (operation: OperationMetadata, params: Record<string, unknown>) => {
      if (params.project_id !== undefined || !hasField(operation, "project_id")) return params;
      const project = await projectId();
      if (!project) {
        throw new ValidationError(
          `${operation.operationId}: project_id is required; pass it, or set projectId or HUAWEICLOUD_SDK_PROJECT_ID`,
          { operation: operation.operationId, path: "project_id", rule: "required" },
        );
      }
      return { ...params, project_id: project };
    },
  };
}
