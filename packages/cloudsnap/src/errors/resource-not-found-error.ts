import { CloudsnapError, type CloudsnapErrorOptions } from "./cloudsnap-error";
import type { Provider } from "./http-error";

/** Options for {@link ResourceNotFoundError}. */
export interface ResourceNotFoundErrorOptions extends CloudsnapErrorOptions {
  provider: Provider;
  /** The check or waiter that looked, e.g. `checkNasSnapshotCapacity`. */
  operation: string;
  /** What was looked for, e.g. `Classic NAS volume`. */
  resourceType: string;
  /** The id that was looked for. */
  resourceId: string;
}

/**
 * A lookup succeeded but the resource is not there (a list came back without it). Unlike
 * `NotFoundError`, no HTTP 404 was involved: the id is unknown to this account, region or site.
 */
export class ResourceNotFoundError extends CloudsnapError {
  override readonly name: string = "ResourceNotFoundError";
  readonly provider: Provider;
  readonly operation: string;
  readonly resourceType: string;
  readonly resourceId: string;

  constructor(message: string, options: ResourceNotFoundErrorOptions) {
    super(message, options);
    this.provider = options.provider;
    this.operation = options.operation;
    this.resourceType = options.resourceType;
    this.resourceId = options.resourceId;
  }

  override toJSON(): Record<string, unknown> {
    const { provider, operation, resourceType, resourceId } = this;
    return { ...super.toJSON(), provider, operation, resourceType, resourceId };
  }
}
