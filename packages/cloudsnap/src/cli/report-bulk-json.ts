// `bulk` as JSON Lines: one `bulk-*` event a line on stdout (see events.ts and the published
// schema), the last a `bulk-summary`; a failed target is also told in a line on stderr.

import type { BulkEvent } from "./events";
import { type TextSink, writeLine } from "./io";
import { writeEvent } from "./report-json";
import type { BulkReporter } from "./reporter";

/** The bulk reporter of `--json` (and of any run whose stdout is not a terminal). */
export function createBulkJsonReporter(stdout: TextSink, stderr: TextSink): BulkReporter {
  return {
    read() {},
    total() {},
    event(event: BulkEvent) {
      writeEvent(stdout, event);
      if (event.event === "bulk-failed" && !event.stopped) {
        writeLine(stderr, `cloudsnap: line ${event.line}: ${failureText(event)}`);
      }
    },
    interrupting() {
      writeLine(stderr, "cloudsnap: interrupted: no new create is sent; the creates in flight finish first");
    },
    interrupted(message, resume) {
      writeEvent(stdout, {
        event: "interrupted",
        phase: "bulk",
        message,
        ...(resume ? { resume } : {}),
        exitCode: 130,
      });
      writeLine(stderr, `cloudsnap: ${message}`);
      if (resume) writeLine(stderr, `cloudsnap: resume with: ${resume}`);
    },
    summary: (summary) => writeEvent(stdout, summary),
    close() {},
  };
}

/** `ncloud-vpc:1: ValidationError: …`: a failed target in one line. */
export function failureText(event: Extract<BulkEvent, { event: "bulk-failed" }>): string {
  const { error } = event;
  const label = error.status !== undefined ? `${error.name} (${error.status})` : error.name;
  return `${event.target ? `${event.target}: ` : ""}${label}: ${error.message}`;
}
