// The CLI's exit codes: one table, printed by `--help` and documented in the README, and the one
// function that maps an error to its code.

import {
  isAuthenticationError,
  isCredentialsError,
  isJobExpiredError,
  isNetworkError,
  isNotFoundError,
  isPermissionDeniedError,
  isRateLimitError,
  isResourceNotFoundError,
  isServerError,
  isSnapshotCapacityError,
  isSnapshotFailedError,
  isTimeoutError,
  isValidationError,
} from "../core/guards";
import { isUsageError } from "./usage-error";

/** Every exit code the CLI uses. */
export const EXIT = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  credentials: 3,
  auth: 4,
  notFound: 5,
  timeout: 6,
  unavailable: 7,
  snapshotFailed: 8,
  bulkFailed: 9,
  interrupted: 130,
} as const;

/** An exit code of the table. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The table as `--help` and the README show it, in order. */
export const EXIT_CODE_TABLE: readonly (readonly [ExitCode, string])[] = [
  [EXIT.ok, "done (the snapshot is accepted, or ready with --wait; bulk: every target)"],
  [EXIT.usage, "bad usage or invalid input (a malformed target, an unknown flag): nothing was sent"],
  [EXIT.credentials, "credentials missing or unreadable (see `cloudsnap doctor`)"],
  [EXIT.auth, "authentication or permission refused by the provider (401, 403)"],
  [EXIT.notFound, "the volume, snapshot or job was not found"],
  [EXIT.timeout, "a timeout, or the wait's deadline (--timeout) passed"],
  [EXIT.unavailable, "network failure, server error (5xx) or rate limit (429)"],
  [EXIT.snapshotFailed, "the snapshot failed, or the NAS capacity guard refused it"],
  [EXIT.bulkFailed, "bulk: at least one target failed (the others were done; see the summary)"],
  [EXIT.interrupted, "interrupted (Ctrl-C)"],
  [EXIT.unexpected, "anything else (another HTTP error, an undecodable answer, a bug)"],
];

/** The exit code for an error that ended a command. */
export function exitCodeFor(error: unknown): ExitCode {
  if (isUsageError(error) || isValidationError(error)) return EXIT.usage;
  if (isCredentialsError(error)) return EXIT.credentials;
  if (isAuthenticationError(error) || isPermissionDeniedError(error)) return EXIT.auth;
  if (isNotFoundError(error) || isResourceNotFoundError(error) || isJobExpiredError(error)) {
    return EXIT.notFound;
  }
  if (isTimeoutError(error)) return EXIT.timeout;
  if (isNetworkError(error) || isServerError(error) || isRateLimitError(error)) return EXIT.unavailable;
  if (isSnapshotFailedError(error) || isSnapshotCapacityError(error)) return EXIT.snapshotFailed;
  return EXIT.unexpected;
}

/** The table as aligned text lines, for `--help`. */
export function formatExitCodes(indent = "  "): string {
  return EXIT_CODE_TABLE.map(([code, meaning]) => `${indent}${String(code).padStart(3)}  ${meaning}`).join(
    "\n",
  );
}
