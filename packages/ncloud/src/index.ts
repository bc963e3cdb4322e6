import * as classicNas from "./generated/classic-nas/index";
import { type ApiClientOptions, createApiClient } from "./generated/runtime";
import * as searchEngine from "./generated/search-engine/index";
import * as vserver from "./generated/vserver/index";

/** Client for NAVER Cloud Classic NAS (`/server/v2`): every operation of specs/ncloud/classic-nas.yaml. */
export function createClassicNasClient(options: ApiClientOptions) {
  return createApiClient<classicNas.paths, classicNas.Operations>(options, classicNas.createOperations);
}

/** Client for NAVER Cloud VPC Server block storage (`/vserver/v2`): every operation of specs/ncloud/vserver.yaml. */
export function createVserverClient(options: ApiClientOptions) {
  return createApiClient<vserver.paths, vserver.Operations>(options, vserver.createOperations);
}

/** Client for NAVER Cloud Search Engine snapshots: every operation of specs/ncloud/search-engine.yaml. */
export function createSearchEngineClient(options: ApiClientOptions) {
  return createApiClient<searchEngine.paths, searchEngine.Operations>(options, searchEngine.createOperations);
}

export type {
  ApiClientOptions,
  MediaMetadata,
  OperationInit,
  OperationMetadata,
  ParameterMetadata,
  Shape,
} from "./generated/runtime";
export { classicNas, searchEngine, vserver };
