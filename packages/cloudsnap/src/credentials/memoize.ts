import type { CredentialProvider } from "./types";

/** When memoized credentials must be fetched again. */
export interface MemoizeOptions<T> {
  /** Whether a resolved value is no longer usable. */
  isExpired?: (value: T) => boolean;
  /** When a resolved value stops being usable (e.g. a token's `expires_at`). */
  expiresAt?: (value: T) => Date | number | undefined;
  /** Refresh this many milliseconds before `expiresAt`. Default 0. */
  refreshBeforeMs?: number;
  /** Clock in epoch milliseconds; defaults to `Date.now`. */
  now?: () => number;
}

/** A memoized provider, plus a way to drop the cached value (e.g. after a 401). */
export interface MemoizedProvider<T> extends CredentialProvider<T> {
  invalidate(): void;
}

/**
 * Caches the provider's promise: concurrent callers share one resolution, later callers reuse it
 * until it expires. A rejected attempt is not cached; the next call tries again.
 */
export function memoize<T>(
  provider: CredentialProvider<T>,
  options: MemoizeOptions<T> = {},
): MemoizedProvider<T> {
  const now = options.now ?? Date.now;
  let current: Promise<T> | undefined;
  let resolved: { value: T } | undefined;

  const expired = (value: T): boolean => {
    if (options.isExpired?.(value) === true) return true;
    const at = options.expiresAt?.(value);
    if (at === undefined) return false;
    return (typeof at === "number" ? at : at.getTime()) - (options.refreshBeforeMs ?? 0) <= now();
  };

  const start = (): Promise<T> => {
    resolved = undefined;
    const attempt: Promise<T> = Promise.resolve()
      .then(provider)
      .then(
        (value) => {
          if (current === attempt) resolved = { value };
          return value;
        },
        (error: unknown) => {
          if (current === attempt) current = undefined;
          throw error;
        },
      );
    current = attempt;
    return attempt;
  };

  const memoized = (): Promise<T> => {
    if (current === undefined) return start();
    if (resolved !== undefined && expired(resolved.value)) return start();
    return current;
  };
  memoized.invalidate = (): void => {
    current = undefined;
    resolved = undefined;
  };
  return memoized;
}
