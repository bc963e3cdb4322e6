import { createValidationError } from "../errors";
import type { WaiterOptions, WaiterState, WaiterTuning } from "./types";

/** Waiter options with every timing filled in and checked. */
export interface ResolvedWaiterOptions<Resource> {
  readonly intervalMs: number;
  readonly maxIntervalMs: number;
  readonly backoff: number;
  readonly deadlineMs: number;
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number | undefined;
  readonly onProgress: ((state: WaiterState<Resource>) => void) | undefined;
}

/**
 * Fills in the defaults and rejects bad timing with a `ValidationError` naming the option, before
 * any poll is sent. A first interval above the default cap raises the cap to it, so
 * `{ intervalMs: 60_000 }` alone means "poll every minute".
 */
export function resolveWaiterOptions<Resource>(
  waiter: string,
  options: WaiterOptions<Resource> | undefined,
  defaults: Required<WaiterTuning>,
): ResolvedWaiterOptions<Resource> {
  if (options !== undefined && (typeof options !== "object" || options === null)) {
    throw createValidationError({ operation: waiter, path: "options", rule: "type", expected: "object" });
  }
  const given = options ?? {};
  const intervalMs = finite(waiter, "intervalMs", given.intervalMs, 0) ?? defaults.intervalMs;
  const explicitMax = finite(waiter, "maxIntervalMs", given.maxIntervalMs, 0);
  if (explicitMax !== undefined && explicitMax < intervalMs) {
    throw createValidationError({
      operation: waiter,
      path: "options.maxIntervalMs",
      rule: "minimum",
      expected: `${intervalMs} (intervalMs)`,
    });
  }
  const backoff = finite(waiter, "backoff", given.backoff, 1) ?? defaults.backoff;
  const deadlineMs = positive(waiter, "deadlineMs", given.deadlineMs) ?? defaults.deadlineMs;
  const timeoutMs = positive(waiter, "timeoutMs", given.timeoutMs);
  if (given.signal !== undefined && !isAbortSignal(given.signal)) {
    throw createValidationError({
      operation: waiter,
      path: "options.signal",
      rule: "type",
      expected: "AbortSignal",
    });
  }
  if (given.onProgress !== undefined && typeof given.onProgress !== "function") {
    throw createValidationError({
      operation: waiter,
      path: "options.onProgress",
      rule: "type",
      expected: "function",
    });
  }
  return {
    intervalMs,
    maxIntervalMs: explicitMax ?? Math.max(defaults.maxIntervalMs, intervalMs),
    backoff,
    deadlineMs,
    signal: given.signal,
    timeoutMs,
    onProgress: given.onProgress,
  };
}

/** Rejects a missing, non-string or empty identifier with a `ValidationError`; returns it otherwise. */
export function requireId(waiter: string, path: string, value: unknown): string {
  if (value === undefined || value === null || value === "") {
    throw createValidationError({ operation: waiter, path, rule: "required" });
  }
  if (typeof value !== "string") {
    throw createValidationError({ operation: waiter, path, rule: "type", expected: "string" });
  }
  return value;
}

function finite(waiter: string, name: string, value: unknown, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  const path = `options.${name}`;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw createValidationError({ operation: waiter, path, rule: "type", expected: "finite number" });
  }
  if (value < minimum)
    throw createValidationError({ operation: waiter, path, rule: "minimum", expected: minimum });
  return value;
}

function positive(waiter: string, name: string, value: unknown): number | undefined {
  const checked = finite(waiter, name, value, 0);
  if (checked === 0) {
    throw createValidationError({
      operation: waiter,
      path: `options.${name}`,
      rule: "range",
      expected: "greater than 0",
    });
  }
  return checked;
}

function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AbortSignal).aborted === "boolean" &&
    typeof (value as AbortSignal).addEventListener === "function"
  );
}
