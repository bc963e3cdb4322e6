import type { OperationMetadata, Shape } from "@cloudsnap/ncloud";
import type { Provider } from "../errors";

/** A generated operation as the facade calls it. */
export type BoundOperation = (
  params: never,
  init?: {
    fetch?: (request: Request) => Promise<Response>;
    signal?: AbortSignal;
    headers?: Record<string, string>;
  },
) => Promise<unknown>;

/** One generated API, bound to an openapi-fetch client, plus the metadata to decode its answers. */
export interface ApiBinding {
  readonly provider: Provider;
  readonly operations: Readonly<Record<string, OperationMetadata>>;
  readonly shapes: Readonly<Record<string, Shape>>;
  readonly bound: Readonly<Record<string, unknown>>;
  /** Fills client-level settings (region, project id) into parameters the caller left out. */
  readonly fillDefaults?: (
    operation: OperationMetadata,
    params: Record<string, unknown>,
  ) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Headers derived from the parameters, e.g. NCP's Accept from `responseFormatType`. */
  readonly headersFor?: (
    operation: OperationMetadata,
    params: Record<string, unknown>,
  ) => Record<string, string>;
  /**
   * Whether this call carries a client-chosen id the provider deduplicates on (ZStack's
   * `X-Job-UUID`): a retry after a timeout or 5xx is then recognised, not run twice.
   */
  readonly isIdentified?: (operation: OperationMetadata, params: Record<string, unknown>) => boolean;
  /** Removes a provider's success envelope (NCP's `…Response` root). */
  readonly unwrap?: (value: unknown) => unknown;
}
