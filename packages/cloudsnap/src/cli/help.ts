// `--help` texts, built from the command table so a flag is documented where it is declared.

import { COMMANDS, type CommandSpec } from "./args";
import { formatExitCodes } from "./exit-codes";

const EXAMPLES = [
  "cloudsnap create 'ncloud-vpc:20803168?region=KR' --wait --timeout 20m",
  "cloudsnap create huaweicloud-evs:6d2c1f4e-8b7a-4c3d-9e0f-1a2b3c4d5e6f --name before-migration --json",
  "cloudsnap create zstack:e60a0fb0b75743c1b0fcb017e31db043 --dry-run",
  "cloudsnap wait 'ncloud-vpc:20803168?region=KR' 20814323",
  "cloudsnap bulk volumes.txt --journal volumes.journal --rate 2/s",
  "cloudsnap targets",
  "cloudsnap doctor",
];

/** `cloudsnap --help`. */
export function formatMainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const commands = Object.values(COMMANDS).map((spec) => `  ${spec.name.padEnd(width)}  ${spec.summary}`);
  return [
    "cloudsnap: take a snapshot of a volume on NAVER Cloud, Huawei Cloud or ZStack",
    "",
    "Usage: cloudsnap <command> [flags]",
    "",
    "Commands:",
    ...commands,
    "",
    "Run `cloudsnap <command> --help` for its flags; `cloudsnap --version` for the version.",
    "",
    "Targets are written <kind>:<volume>[?settings]; `cloudsnap targets` lists the kinds.",
    "Credentials come from each cloud's usual environment variables and files (`cloudsnap doctor`).",
    "With --json, or when stdout is not a terminal, output is JSON Lines (one event a line).",
    "",
    "Examples:",
    ...EXAMPLES.map((line) => `  ${line}`),
    "",
    "Exit codes:",
    formatExitCodes(),
    "",
  ].join("\n");
}

/** `cloudsnap <command> --help`. */
export function formatCommandHelp(name: string): string {
  const spec = COMMANDS[name] as CommandSpec;
  const args = spec.args.map((arg) => ` <${arg}>`).join("");
  const flags = Object.entries(spec.flags).map(([flag, f]) => {
    const short = f.short ? `-${f.short}, ` : "";
    return [`${short}--${flag}${f.value ? ` ${f.value}` : ""}`, f.description] as const;
  });
  const width = Math.max(...flags.map(([left]) => left.length));
  const lines = [
    `cloudsnap ${spec.name}: ${spec.summary}`,
    "",
    `Usage: cloudsnap ${spec.name}${args} [flags]`,
    "",
    "Flags:",
    ...flags.map(([left, description]) => `  ${left.padEnd(width)}  ${description}`),
  ];
  if (spec.name === "create" || spec.name === "wait") {
    lines.push(
      "",
      "Ctrl-C while waiting stops the wait only: the snapshot goes on being created, and the",
      "command to resume waiting is printed.",
      "",
      "Exit codes:",
      formatExitCodes(),
    );
  }
  if (spec.name === "bulk") lines.push("", ...BULK_NOTES, "", "Exit codes:", formatExitCodes());
  return `${lines.join("\n")}\n`;
}

const BULK_NOTES = [
  "The targets file holds one target a line, written as for `create` (`cloudsnap targets`); blank",
  "lines and lines starting with # are skipped. `-` reads the targets from stdin. The file is read as",
  "the run goes, never loaded whole, so it may hold any number of targets.",
  "",
  "A line that is not a valid target fails that target only: it is reported with its line number",
  "(a `bulk-failed` event with `line`, or a line on stderr), the other targets go on, and the run",
  "exits 9. The same goes for a target the provider refuses.",
  "",
  "With --journal FILE, every create is recorded before it is sent and once it answers: run the same",
  "command again (same targets, same order, same journal) to resume, and nothing is created twice.",
  "A target the provider refused made nothing: the same command tries it again, once the cause is fixed.",
  "Without --journal, a run that crashes or is interrupted cannot be resumed: running it again makes",
  "the snapshots already made a second time.",
  "",
  "Ctrl-C stops sending new creates, lets the creates in flight finish and be recorded, prints the",
  "command that resumes (or says that without --journal nothing can), and exits 130. A second Ctrl-C",
  "ends at once.",
  "",
  "On a terminal, a progress line on stderr shows the targets done (of the total, once known), creates",
  "per second, backoffs after a 429, failures and the time left, then a summary per provider account",
  "on stdout. Otherwise (or with --json) each outcome is one JSON line, the last a `bulk-summary`.",
];

/** The one-line reminder printed under a usage error. */
export function usageLine(name: string | undefined): string {
  const spec = name === undefined ? undefined : COMMANDS[name];
  if (spec === undefined) return "Run `cloudsnap --help` for usage.";
  const args = spec.args.map((arg) => ` <${arg}>`).join("");
  return `Usage: cloudsnap ${spec.name}${args} [flags]; see \`cloudsnap ${spec.name} --help\`.`;
}
