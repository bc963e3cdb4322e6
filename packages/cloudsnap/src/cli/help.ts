// `--help` texts, built from the command table so a flag is documented where it is declared.

import { COMMANDS, type CommandSpec } from "./args";
import { formatExitCodes } from "./exit-codes";

const EXAMPLES = [
  "cloudsnap create 'ncloud-vpc:20803168?region=KR' --wait --timeout 20m",
  "cloudsnap create huaweicloud-evs:6d2c1f4e-8b7a-4c3d-9e0f-1a2b3c4d5e6f --name before-migration --json",
  "cloudsnap create zstack:e60a0fb0b75743c1b0fcb017e31db043 --dry-run",
  "cloudsnap wait 'ncloud-vpc:20803168?region=KR' 20814323",
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
  return `${lines.join("\n")}\n`;
}

/** The one-line reminder printed under a usage error. */
export function usageLine(name: string | undefined): string {
  const spec = name === undefined ? undefined : COMMANDS[name];
  if (spec === undefined) return "Run `cloudsnap --help` for usage.";
  const args = spec.args.map((arg) => ` <${arg}>`).join("");
  return `Usage: cloudsnap ${spec.name}${args} [flags]; see \`cloudsnap ${spec.name} --help\`.`;
}
