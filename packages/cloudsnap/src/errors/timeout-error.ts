import { CloudsnapError, type CloudsnapErrorOptions, withoutUndefined } from "./cloudsnap-error";
import { type RequestFields, safeRequestFields } from "./request-fields";

/** Which deadline ran out: one attempt's timeout, or the whole call's (all attempts and waits). */
export type TimeoutDeadline = "attempt" | "overall";

/** Options for {@link TimeoutError}. */
export interface TimeoutErrorOptions extends CloudsnapErrorOptions, RequestFields {
  /** The timeout that elapsed, in milliseconds. */
  timeoutMs: number;
  deadline: TimeoutDeadline;
}

/** A deadline elapsed. The request may have reached the server: a create may still have run. */
export class TimeoutError extends CloudsnapError {
  override readonly name: string = "TimeoutError";
  readonly timeoutMs: number;
  readonly deadline: TimeoutDeadline;
  readonly operation: string | undefined;
  readonly method: string | undefined;
  readonly url: string | undefined;

  constructor(message: string, options: TimeoutErrorOptions) {
    super(message, options);
    this.timeoutMs = options.timeoutMs;
    this.deadline = options.deadline;
    const request = safeRequestFields(options, options.secrets);
    this.operation = request.operation;
    this.method = request.method;
    this.url = request.url;
  }

  override toJSON(): Record<string, unknown> {
    const { timeoutMs, deadline, operation, method, url } = this;
    return withoutUndefined({ ...super.toJSON(), timeoutMs, deadline, operation, method, url });
  }
}
