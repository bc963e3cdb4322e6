/** The provider's own description of a failure, read from the body and headers. */
export interface ProviderErrorDetails {
  code?: string | undefined;
  message?: string | undefined;
  requestId?: string | undefined;
}
