import type { PollCallOptions } from "../../../src/core/waiting";

/** One scripted answer: a value to resolve with, or `{ throws }` to reject with. */
export type Step<T> = T | { readonly throws: unknown };

/**
 * A fake client method answering each call with the next step (the last one repeats), recording
 * the parameters and call options it got.
 */
export function scripted<P, T>(steps: readonly Step<T>[]) {
  const calls: Array<{ params: P; options: PollCallOptions | undefined }> = [];
  const method = async (params: P, options?: PollCallOptions): Promise<T> => {
    calls.push({ params, options });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step === undefined) throw new Error("scripted: no steps");
    if (typeof step === "object" && step !== null && "throws" in step) throw step.throws;
    return step as T;
  };
  return { method, calls };
}
