import { CredentialsError } from "../errors/credentials-error";
import { protectCredentials } from "./protect-credentials";
import type { CredentialProvider, CredentialSource } from "./types";

/**
 * A provider that always yields `credentials`. Rejects empty string fields up front rather than
 * signing with them later.
 */
export function fromStatic<T extends object>(credentials: T): CredentialProvider<T> {
  if (typeof credentials !== "object" || credentials === null) {
    throw new CredentialsError("Credentials must be an object", { reason: "invalid" });
  }
  for (const [field, value] of Object.entries(credentials)) {
    if (typeof value === "string" && value.trim() === "") {
      throw new CredentialsError(`Credentials field "${field}" is empty`, { reason: "invalid" });
    }
  }
  const protectedCredentials = protectCredentials(credentials);
  return () => Promise.resolve(protectedCredentials);
}

/** Credentials from a value or a provider, whichever was given. */
export function resolveCredentialSource<T extends object>(source: CredentialSource<T>): Promise<T> {
  if (typeof source === "function") return source();
  try {
    return fromStatic(source)();
  } catch (error) {
    return Promise.reject(error);
  }
}
