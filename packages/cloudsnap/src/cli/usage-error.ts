// Bad usage of the CLI itself (unknown flag, missing argument, bad duration): exit code 2, like a
// `ValidationError`, and nothing is sent.

/** The command line is wrong; the message says how, the usage line follows it. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** The command whose usage to show (`create`, `wait`, …), when known. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/** Whether a value is the CLI's `UsageError` (by name, like the library's guards). */
export function isUsageError(value: unknown): value is UsageError {
  return value instanceof Error && value.name === "UsageError";
}
