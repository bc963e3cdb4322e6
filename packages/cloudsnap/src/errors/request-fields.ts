import { redactText } from "../redact/redact-text";
import { redactUrl } from "../redact/redact-url";

/** Where a failed call was going; shared by errors that happen before or without a response. */
export interface RequestFields {
  /** The spec's operationId. */
  operation?: string;
  method?: string;
  /** Stored redacted. */
  url?: string | URL;
}

/** The printable form of {@link RequestFields}. */
export interface SafeRequestFields {
  operation: string | undefined;
  method: string | undefined;
  url: string | undefined;
}

/** Normalises and redacts request fields for storage on an error. */
export function safeRequestFields(fields: RequestFields, secrets: readonly string[] = []): SafeRequestFields {
  return {
    operation: fields.operation,
    method: fields.method?.toUpperCase(),
    url: fields.url === undefined ? undefined : redactText(redactUrl(fields.url), secrets),
  };
}
