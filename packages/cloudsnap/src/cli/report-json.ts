// JSON Lines: one event a line on stdout (see events.ts and schema/cli-events.schema.json).

import { describeErrorLines, errorInfo } from "./describe-error";
import type { CliEvent } from "./events";
import { type TextSink, writeLine } from "./io";
import type { Reporter } from "./reporter";

/** Writes one event as one line. */
export function writeEvent(sink: TextSink, event: CliEvent): void {
  sink.write(`${JSON.stringify(event)}\n`);
}

/**
 * The reporter of `--json` (and of any run whose stdout is not a terminal). Events go to stdout;
 * a failure is also told in a line or two on stderr, for the person watching a pipeline.
 */
export function createJsonReporter(stdout: TextSink, stderr: TextSink): Reporter {
  const emit = (event: CliEvent) => writeEvent(stdout, event);
  const tell = (lines: readonly string[]) => {
    for (const line of lines) writeLine(stderr, `cloudsnap: ${line}`);
  };
  return {
    creating() {},
    accepted: (target, snapshot) => emit({ event: "accepted", target, snapshot }),
    waiting() {},
    progress: (target, state) =>
      emit({
        event: "progress",
        target,
        id: state.id,
        status: state.status,
        attempt: state.attempt,
        elapsedMs: state.elapsedMs,
        operation: state.operation,
      }),
    ready: (target, snapshot) => emit({ event: "ready", target, snapshot }),
    failed(error, { target, id, snapshot }) {
      emit({ event: "failed", target, id, ...(snapshot ? { snapshot } : {}), error: errorInfo(error) });
      tell(describeErrorLines(error, target));
    },
    error(error, { target, id, snapshot, resume }, debug) {
      emit({
        event: "error",
        ...(target !== undefined ? { target } : {}),
        ...(id !== undefined ? { id } : {}),
        ...(snapshot ? { snapshot } : {}),
        error: errorInfo(error),
        ...(resume ? { resume } : {}),
      });
      tell(describeErrorLines(error, target));
      if (debug && error instanceof Error && error.stack) writeLine(stderr, error.stack);
    },
    interrupted(phase, message, { target, id, snapshot, resume }) {
      emit({
        event: "interrupted",
        phase,
        ...(target !== undefined ? { target } : {}),
        ...(id !== undefined ? { id } : {}),
        ...(snapshot ? { snapshot } : {}),
        message,
        ...(resume ? { resume } : {}),
        exitCode: 130,
      });
      tell(resume ? [message, `Resume waiting with: ${resume}`] : [message]);
    },
    request: (request) => emit({ event: "request", dryRun: true, ...request }),
    dryRunDone: (target, requests, message) => emit({ event: "dry-run", target, requests, sent: 0, message }),
    close() {},
  };
}
