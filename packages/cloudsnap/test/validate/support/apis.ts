import { iam } from "@cloudsnap/huaweicloud";
import { classicNas, type OperationMetadata, type Shape, searchEngine, vserver } from "@cloudsnap/ncloud";
import { volumeSnapshots } from "@cloudsnap/zstack";
import { EVS } from "../../../src/providers/huaweicloud/evs";

/** One generated API as the validator sees it, with the spec file it was generated from. */
export interface GeneratedApi {
  readonly spec: string;
  readonly operations: Readonly<Record<string, OperationMetadata>>;
  readonly shapes: Readonly<Record<string, Shape>>;
}

function apiOf(
  spec: string,
  module: {
    OPERATIONS: Readonly<Record<string, OperationMetadata>>;
    SHAPES: Readonly<Record<string, Shape>>;
  },
): GeneratedApi {
  return { spec, operations: module.OPERATIONS, shapes: module.SHAPES };
}

/** Every generated API, keyed by a short name used in test tables. */
export const APIS = {
  classicNas: apiOf("ncloud/classic-nas.yaml", classicNas),
  vserver: apiOf("ncloud/vserver.yaml", vserver),
  searchEngine: apiOf("ncloud/search-engine.yaml", searchEngine),
  // EVS as the facade validates it: the spec plus its own rule that a create names its volume.
  evs: apiOf("huaweicloud/evs.yaml", EVS),
  iam: apiOf("huaweicloud/iam.yaml", iam),
  volumeSnapshots: apiOf("zstack/volume-snapshots.yaml", volumeSnapshots),
} as const;

export type ApiName = keyof typeof APIS;

/** The metadata of one operation, failing the test when the generated API does not have it. */
export function operationOf(api: ApiName, operationId: string): OperationMetadata {
  const operation = APIS[api].operations[operationId];
  if (!operation) throw new Error(`${api} has no operation ${operationId}`);
  return operation;
}
