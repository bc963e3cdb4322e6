// Ctrl-C: the first one aborts what is running (the create, or only the wait) through one
// AbortSignal, and the command reports what that leaves behind; it never kills the process itself.

import type { CliIo } from "./io";

/** The reason the command's signal aborts with on Ctrl-C. */
export class InterruptedError extends Error {
  override readonly name = "InterruptedError";
  constructor() {
    super("interrupted (Ctrl-C)");
  }
}

/** One command's view of Ctrl-C. */
export interface Interruption {
  /** Aborts on the first Ctrl-C. */
  readonly signal: AbortSignal;
  /** Whether Ctrl-C was pressed. */
  readonly interrupted: () => boolean;
  /** Acts as a Ctrl-C (the spinner's raw-mode keystroke calls it). */
  readonly trigger: () => void;
  /** Stops listening. */
  readonly dispose: () => void;
}

/** Listens for Ctrl-C (SIGINT) until disposed. */
export function watchInterrupts(io: CliIo): Interruption {
  const controller = new AbortController();
  const trigger = () => {
    if (!controller.signal.aborted) controller.abort(new InterruptedError());
  };
  const dispose = io.onInterrupt(trigger);
  return { signal: controller.signal, interrupted: () => controller.signal.aborted, trigger, dispose };
}
