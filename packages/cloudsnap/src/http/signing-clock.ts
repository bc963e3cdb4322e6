import type { RawResponse } from "./raw-response";

/** A signer's clock that learns how far the provider's clock is from ours. */
export interface SigningClock {
  /** The time to sign with: the local clock plus the learned offset. */
  now(): Date;
  /** The learned offset in milliseconds (provider clock minus local clock; 0 until one is learned). */
  offsetMs(): number;
  /**
   * Looks at a rejected response: when it is the provider's clock-skew rejection and its `Date`
   * header is further from the corrected clock than the provider's window, learns the offset and
   * returns `true` (re-sign and send again). Otherwise changes nothing and returns `false`.
   */
  learnFrom(response: RawResponse): boolean;
}

/** How one provider shows clock skew. */
export interface SigningClockSettings {
  /** The local clock (default: the real one). */
  readonly now?: (() => Date) | undefined;
  /** The largest skew the provider accepts, in milliseconds (NCP 5 min, Huawei and ZStack 15 min). */
  readonly windowMs: number;
  /** Whether a response is the provider's rejection of a stale or future timestamp. */
  readonly isSkewRejection: (response: RawResponse) => boolean;
  /** `false` turns learning off: the clock is then the local clock as is. */
  readonly correct: boolean;
}

/**
 * A clock whose offset is learned from the provider's own `Date` header, kept for the client's
 * later calls (AWS SDKs do the same with `systemClockOffset`). Only a rejection that shows skew
 * beyond the window teaches it, so a wrong secret is never mistaken for a wrong clock.
 */
export function createSigningClock(settings: SigningClockSettings): SigningClock {
  const local = settings.now ?? (() => new Date());
  let offset = 0;
  return {
    now: () => new Date(local().getTime() + offset),
    offsetMs: () => offset,
    learnFrom(response) {
      if (!settings.correct || !settings.isSkewRejection(response)) return false;
      const server = Date.parse(response.headers.get("date") ?? "");
      if (Number.isNaN(server)) return false;
      const localNow = local().getTime();
      if (Math.abs(server - (localNow + offset)) <= settings.windowMs) return false;
      offset = server - localNow;
      return true;
    },
  };
}
