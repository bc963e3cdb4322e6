import { CloudsnapError, type CloudsnapErrorOptions } from "./cloudsnap-error";
import type { Provider } from "./http-error";

/** Options for {@link JobExpiredError}. */
export interface JobExpiredErrorOptions extends CloudsnapErrorOptions {
  provider: Provider;
  /** The polling operation that answered 404, e.g. `getApiJob`. */
  operation: string;
  /** The job whose result is gone. */
  jobUuid: string;
}

/**
 * An async job's result was lost: the provider no longer knows the job (ZStack keeps finished results
 * for 3 hours by default, and answers an unknown id the same way). The work itself may have
 * succeeded, so look the snapshot up before creating another one. `cause` is the 404 `NotFoundError`.
 */
export class JobExpiredError extends CloudsnapError {
  override readonly name: string = "JobExpiredError";
  readonly provider: Provider;
  readonly operation: string;
  readonly jobUuid: string;

  constructor(message: string, options: JobExpiredErrorOptions) {
    super(message, options);
    this.provider = options.provider;
    this.operation = options.operation;
    this.jobUuid = options.jobUuid;
  }

  override toJSON(): Record<string, unknown> {
    const { provider, operation, jobUuid } = this;
    return { ...super.toJSON(), provider, operation, jobUuid };
  }
}
