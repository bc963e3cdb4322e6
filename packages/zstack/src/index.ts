import { type ApiClientOptions, createApiClient } from "./generated/runtime";
import * as volumeSnapshots from "./generated/volume-snapshots/index";

/** Client for ZStack volume snapshots, api-jobs and sessions: every operation of specs/zstack/volume-snapshots.yaml. */
export function createVolumeSnapshotsClient(options: ApiClientOptions) {
  return createApiClient<volumeSnapshots.paths, volumeSnapshots.Operations>(
    options,
    volumeSnapshots.createOperations,
  );
}

export type {
  ApiClientOptions,
  MediaMetadata,
  OperationInit,
  OperationMetadata,
  ParameterMetadata,
  Shape,
} from "./generated/runtime";
export { volumeSnapshots };
