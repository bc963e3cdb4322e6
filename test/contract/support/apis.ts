import {
  type ApiClientOptions,
  createEvsClient,
  createIamClient,
  evs,
  iam,
  type OperationMetadata,
  type Shape,
} from "@cloudsnap/huaweicloud";
import {
  classicNas,
  createClassicNasClient,
  createSearchEngineClient,
  createVserverClient,
  searchEngine,
  vserver,
} from "@cloudsnap/ncloud";
import { createVolumeSnapshotsClient, volumeSnapshots } from "@cloudsnap/zstack";

type AnyOperation = (
  params: Record<string, unknown>,
  init?: { headers?: Record<string, string> },
) => Promise<{
  data?: unknown;
  error?: unknown;
  response: Response;
}>;

/** One generated API as the contract tests drive it: its client factory and its spec-derived metadata. */
export interface ApiUnderTest {
  readonly key: string;
  readonly operations: Readonly<Record<string, OperationMetadata>>;
  readonly shapes: Readonly<Record<string, Shape>>;
  readonly securitySchemes: Readonly<
    Record<string, { readonly type: string; readonly in?: string; readonly name?: string }>
  >;
  createClient(options: ApiClientOptions): Record<string, AnyOperation | unknown>;
}

/** Every spec's generated package, keyed like `allSpecs()`. */
export const APIS: readonly ApiUnderTest[] = [
  { key: "ncloud/classic-nas", createClient: createClassicNasClient, ...pick(classicNas) },
  { key: "ncloud/vserver", createClient: createVserverClient, ...pick(vserver) },
  { key: "ncloud/search-engine", createClient: createSearchEngineClient, ...pick(searchEngine) },
  { key: "huaweicloud/evs", createClient: createEvsClient, ...pick(evs) },
  { key: "huaweicloud/iam", createClient: createIamClient, ...pick(iam) },
  { key: "zstack/volume-snapshots", createClient: createVolumeSnapshotsClient, ...pick(volumeSnapshots) },
];

function pick(api: {
  OPERATIONS: Readonly<Record<string, OperationMetadata>>;
  SHAPES: Readonly<Record<string, Shape>>;
  SECURITY_SCHEMES: ApiUnderTest["securitySchemes"];
}) {
  return { operations: api.OPERATIONS, shapes: api.SHAPES, securitySchemes: api.SECURITY_SCHEMES };
}

/** Looks up a bound operation on a generated client. */
export function operationOf(client: Record<string, unknown>, operationId: string): AnyOperation {
  const fn = client[operationId];
  if (typeof fn !== "function") throw new Error(`generated client has no ${operationId}`);
  return fn as AnyOperation;
}
