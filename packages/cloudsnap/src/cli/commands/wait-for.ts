// The wait shared by `create --wait` and `wait`: progress to the reporter, and what a failure, a
// deadline or Ctrl-C leaves behind (with the command that resumes waiting).

import { isSnapshotFailedError, isTimeoutError } from "../../core/guards";
import type { Snapshot, SnapshotRef } from "../../core/snapshot";
import { type SnapshotClients, waitForSnapshot } from "../../unified/create-snapshot";
import type { Target } from "../../unified/targets";
import { booleanFlag, type CommandContext, stringFlag } from "../context";
import { parseDuration } from "../duration";
import { EXIT, type ExitCode, exitCodeFor } from "../exit-codes";
import type { Reporter } from "../reporter";
import { resumeCommand } from "../resume";

/** Waits for a snapshot and reports it; resolves to the exit code. */
export async function waitAndReport(
  context: CommandContext,
  reporter: Reporter,
  clients: SnapshotClients,
  shown: string,
  ref: SnapshotRef<Target> | Snapshot<Target>,
): Promise<ExitCode> {
  const timeout = stringFlag(context, "timeout");
  const snapshot = "status" in ref ? (ref as Snapshot<Target>) : undefined;
  const resume = resumeCommand(shown, ref.id, {
    endpoint: stringFlag(context, "endpoint"),
    profile: stringFlag(context, "profile"),
    json: booleanFlag(context, "json"),
  });
  reporter.waiting(shown, ref.id);
  try {
    const done = await waitForSnapshot(ref, {
      clients,
      signal: context.interruption.signal,
      ...(timeout !== undefined ? { deadlineMs: parseDuration(timeout) } : {}),
      onProgress: (state) => reporter.progress(shown, state),
    });
    reporter.ready(shown, done);
    return EXIT.ok;
  } catch (error) {
    const outcome = { target: shown, id: ref.id, ...(snapshot ? { snapshot } : {}) };
    if (context.interruption.interrupted()) {
      reporter.interrupted(
        "wait",
        `Stopped waiting. Snapshot ${ref.id} goes on being created on the provider's side.`,
        { ...outcome, resume },
      );
      return EXIT.interrupted;
    }
    if (isSnapshotFailedError(error)) {
      const failed = snapshot && {
        ...snapshot,
        status: "failed" as const,
        providerStatus: error.providerStatus,
      };
      reporter.failed(error, { ...outcome, ...(failed ? { snapshot: failed } : {}) });
      return EXIT.snapshotFailed;
    }
    reporter.error(
      error,
      { ...outcome, ...(isTimeoutError(error) ? { resume } : {}) },
      booleanFlag(context, "debug"),
    );
    return exitCodeFor(error);
  }
}
