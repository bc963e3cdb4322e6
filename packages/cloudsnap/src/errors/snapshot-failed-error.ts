import { redactText } from "../redact/redact-text";
import { CloudsnapError, type CloudsnapErrorOptions, withoutUndefined } from "./cloudsnap-error";
import { MAX_PROVIDER_MESSAGE } from "./constants";
import type { Provider } from "./http-error";

/** Options for {@link SnapshotFailedError}. */
export interface SnapshotFailedErrorOptions extends CloudsnapErrorOptions {
  provider: Provider;
  /** The operation whose answer showed the failure, e.g. `showJob` or `getSnapshotHistory`. */
  operation: string;
  /** The snapshot (or job) that was waited on, as the provider names it. */
  resourceId: string;
  /** The provider's own status word, verbatim (`FAIL`, `error`, `Deleted`, …). */
  providerStatus: string;
  /** The provider's own explanation, when it gives one (`fail_reason`, a history message, …). */
  reason?: string;
  /** The provider's own error code, when it gives one (`error_code`, …). */
  code?: string;
}

/**
 * The provider reports that the snapshot will not become usable: it failed, vanished or is being
 * deleted. `providerStatus`, `reason` and `code` are the provider's own words.
 */
export class SnapshotFailedError extends CloudsnapError {
  override readonly name: string = "SnapshotFailedError";
  readonly provider: Provider;
  readonly operation: string;
  readonly resourceId: string;
  readonly providerStatus: string;
  readonly reason: string | undefined;
  readonly code: string | undefined;

  constructor(message: string, options: SnapshotFailedErrorOptions) {
    super(message, options);
    const secrets = options.secrets ?? [];
    this.provider = options.provider;
    this.operation = options.operation;
    this.resourceId = options.resourceId;
    // Some providers' "status" is free text (Search Engine history messages): scrub it like the reason.
    this.providerStatus = redactText(options.providerStatus, secrets).slice(0, MAX_PROVIDER_MESSAGE);
    this.reason =
      options.reason === undefined || options.reason === ""
        ? undefined
        : redactText(options.reason, secrets).slice(0, MAX_PROVIDER_MESSAGE);
    this.code =
      options.code === undefined || options.code === "" ? undefined : redactText(options.code, secrets);
  }

  override toJSON(): Record<string, unknown> {
    const { provider, operation, resourceId, providerStatus, reason, code } = this;
    return withoutUndefined({
      ...super.toJSON(),
      provider,
      operation,
      resourceId,
      providerStatus,
      code,
      reason,
    });
  }
}
