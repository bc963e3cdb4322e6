import { CloudsnapError, type CloudsnapErrorOptions, withoutUndefined } from "./cloudsnap-error";
import { type RequestFields, safeRequestFields } from "./request-fields";

/** Options for {@link NetworkError}. */
export interface NetworkErrorOptions extends CloudsnapErrorOptions, RequestFields {
  /**
   * Whether the request may have reached the server. Defaults to `true`, the safe answer; set
   * `false` only when it provably never left (DNS failure, connection refused).
   */
  maybeSent?: boolean;
}

/** No HTTP response: DNS, TCP, TLS or a dropped connection. `cause` holds the fetch error. */
export class NetworkError extends CloudsnapError {
  override readonly name: string = "NetworkError";
  readonly operation: string | undefined;
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly maybeSent: boolean;

  constructor(message: string, options: NetworkErrorOptions = {}) {
    super(message, options);
    const request = safeRequestFields(options, options.secrets);
    this.operation = request.operation;
    this.method = request.method;
    this.url = request.url;
    this.maybeSent = options.maybeSent ?? true;
  }

  override toJSON(): Record<string, unknown> {
    const { operation, method, url, maybeSent } = this;
    return withoutUndefined({ ...super.toJSON(), operation, method, url, maybeSent });
  }
}
