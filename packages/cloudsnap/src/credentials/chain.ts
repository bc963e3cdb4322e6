import { CredentialsError } from "../errors/credentials-error";
import { isCredentialsError } from "../errors/guards";
import type { CredentialProvider } from "./types";

/**
 * Tries each provider in order and yields the first credentials found. A provider that finds
 * nothing (`CredentialsError`, reason `not-found`) passes to the next; a broken source (reason
 * `invalid`) or any other error stops the chain. When every provider comes up empty, throws one
 * `CredentialsError` whose `tried` lists every variable and file consulted.
 */
export function chain<T>(...providers: ReadonlyArray<CredentialProvider<T>>): CredentialProvider<T> {
  return async () => {
    const tried: string[] = [];
    const reasons: string[] = [];
    let lastError: unknown;
    for (const provider of providers) {
      try {
        return await provider();
      } catch (error) {
        if (!isCredentialsError(error)) throw error;
        tried.push(...error.tried);
        if (error.reason === "invalid") {
          throw new CredentialsError(error.message, {
            tried: unique(tried),
            reason: "invalid",
            cause: error,
          });
        }
        reasons.push(error.message);
        lastError = error;
      }
    }
    const detail = reasons.length > 0 ? `: ${reasons.join("; ")}` : " (no providers given)";
    throw new CredentialsError(`No credentials found${detail}`, {
      tried: unique(tried),
      ...(lastError === undefined ? {} : { cause: lastError }),
    });
  };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
