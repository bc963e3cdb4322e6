// `cloudsnap doctor`: per cloud, where credentials would be found and whether they were (masked),
// the origins calls go to, and the clock offset from each origin's `Date` header. One
// unauthenticated request per origin; an origin out of reach is reported, not fatal.

import { type CommandContext, stringFlag } from "../context";
import { diagnose } from "../doctor-checks";
import type { DoctorEvent } from "../events";
import { EXIT, type ExitCode } from "../exit-codes";
import { writeLine } from "../io";
import { writeEvent } from "../report-json";

/** Runs `doctor`; always exits 0 unless interrupted (it diagnoses, it does not judge). */
export async function runDoctor(context: CommandContext): Promise<ExitCode> {
  const endpoint = stringFlag(context, "endpoint");
  const profile = stringFlag(context, "profile");
  const reports = await diagnose(context.io, {
    ...(endpoint !== undefined ? { endpoint } : {}),
    ...(profile !== undefined ? { profile } : {}),
    signal: context.interruption.signal,
  });
  if (context.interruption.interrupted()) return EXIT.interrupted;
  for (const report of reports) {
    if (context.json) writeEvent(context.io.stdout, report);
    else printReport(context, report);
  }
  return EXIT.ok;
}

const STATUS = { found: "found", "not-found": "not found", invalid: "INVALID" } as const;

function printReport(context: CommandContext, report: DoctorEvent): void {
  const out = (text = "") => writeLine(context.io.stdout, text);
  out(`${report.title} (${report.kinds.join(", ")})`);
  out(`  credentials: ${report.credentials.using ? `using ${report.credentials.using}` : "none usable"}`);
  for (const source of report.credentials.sources) {
    const identity = source.identity ? ` (${source.identity})` : "";
    out(`    ${STATUS[source.status].padEnd(9)} ${source.source}: ${source.names.join(", ")}${identity}`);
    if (source.detail) out(`              ${source.detail}`);
  }
  out("  endpoints:");
  for (const endpoint of report.endpoints)
    out(`    ${endpoint.api}: ${endpoint.origin} (${endpoint.source})`);
  out("  clock:");
  for (const clock of report.clock) {
    const offset =
      clock.offsetMs === undefined ? clock.error : `${formatOffset(clock.offsetMs)} from this machine (±1 s)`;
    out(`    ${clock.origin}: ${offset}`);
  }
  out();
}

function formatOffset(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${seconds > 0 ? "+" : seconds < 0 ? "−" : "±"}${Math.abs(seconds)} s`;
}
