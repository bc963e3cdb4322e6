import * as evs from "./generated/evs/index";
import * as iam from "./generated/iam/index";
import { type ApiClientOptions, createApiClient } from "./generated/runtime";

/** Client for Huawei Cloud EVS snapshots and jobs: every operation of specs/huaweicloud/evs.yaml. */
export function createEvsClient(options: ApiClientOptions) {
  return createApiClient<evs.paths, evs.Operations>(options, evs.createOperations);
}

/** Client for Huawei Cloud IAM tokens: every operation of specs/huaweicloud/iam.yaml. */
export function createIamClient(options: ApiClientOptions) {
  return createApiClient<iam.paths, iam.Operations>(options, iam.createOperations);
}

export type {
  ApiClientOptions,
  MediaMetadata,
  OperationInit,
  OperationMetadata,
  ParameterMetadata,
  Shape,
} from "./generated/runtime";
export { evs, iam };
