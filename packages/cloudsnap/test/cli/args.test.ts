import { describe, expect, it } from "vitest";
import { COMMANDS, parseCommandLine } from "../../src/cli/args";
import { formatCommandHelp, formatMainHelp } from "../../src/cli/help";
import { UsageError } from "../../src/cli/usage-error";

describe("parseCommandLine", () => {
  it.each([
    { given: [], want: { kind: "help" } },
    { given: ["--help"], want: { kind: "help" } },
    { given: ["-h"], want: { kind: "help" } },
    { given: ["help", "create"], want: { kind: "help", command: "create" } },
    { given: ["create", "--help"], want: { kind: "help", command: "create" } },
    { given: ["wait", "-h"], want: { kind: "help", command: "wait" } },
    { given: ["--version"], want: { kind: "version" } },
  ])("reads $given as $want.kind", ({ given, want }) => {
    expect(parseCommandLine(given)).toStrictEqual(want);
  });

  it("reads create's target and every flag", () => {
    const parsed = parseCommandLine([
      "create",
      "ncloud-vpc:20803168?region=KR",
      "--name",
      "before-migration",
      "--description=pre cutover",
      "--wait",
      "--timeout",
      "20m",
      "--json",
      "--endpoint",
      "http://127.0.0.1:4010",
      "--profile",
      "prod",
      "--debug",
    ]);
    expect(parsed).toMatchObject({
      kind: "command",
      command: "create",
      args: { target: "ncloud-vpc:20803168?region=KR" },
      flags: {
        name: "before-migration",
        description: "pre cutover",
        wait: true,
        timeout: "20m",
        json: true,
        endpoint: "http://127.0.0.1:4010",
        profile: "prod",
        debug: true,
      },
    });
  });

  it("reads wait's target and snapshot id", () => {
    expect(
      parseCommandLine(["wait", "zstack:e60a0fb0b75743c1b0fcb017e31db043", "ec8f", "--timeout", "90s"]),
    ).toMatchObject({
      command: "wait",
      args: { target: "zstack:e60a0fb0b75743c1b0fcb017e31db043", "snapshot-id": "ec8f" },
      flags: { timeout: "90s" },
    });
  });

  it.each([
    { why: "an unknown command", given: ["snap", "x"], message: /unknown command "snap"/ },
    { why: "a flag before the command", given: ["--json", "targets"], message: /expected a command/ },
    { why: "an unknown flag", given: ["create", "zstack:x", "--nmae", "x"], message: /--nmae/ },
    { why: "a missing target", given: ["create"], message: /create needs <target>/ },
    { why: "a missing snapshot id", given: ["wait", "zstack:x"], message: /needs <snapshot-id>/ },
    { why: "an extra argument", given: ["targets", "extra"], message: /unexpected "extra"/ },
    { why: "a flag without its value", given: ["create", "zstack:x", "--name"], message: /--name/ },
    { why: "a value for a switch", given: ["create", "zstack:x", "--wait=yes"], message: /--wait/ },
    { why: "a bad duration", given: ["wait", "zstack:x", "1", "--timeout", "soon"], message: /--timeout/ },
    {
      why: "--timeout without --wait",
      given: ["create", "zstack:x", "--timeout", "5m"],
      message: /add --wait/,
    },
    { why: "an empty endpoint", given: ["doctor", "--endpoint="], message: /--endpoint must not be empty/ },
    { why: "help for an unknown command", given: ["help", "bulkk"], message: /unknown command/ },
  ])("refuses $why with a UsageError", ({ given, message }) => {
    expect(() => parseCommandLine(given)).toThrow(UsageError);
    expect(() => parseCommandLine(given)).toThrow(message);
  });

  it("does not check the target: that is parseTarget's job, with its own messages", () => {
    expect(parseCommandLine(["create", "not a target"])).toMatchObject({ args: { target: "not a target" } });
  });
});

describe("help", () => {
  it("lists every command and the exit codes", () => {
    const help = formatMainHelp();
    for (const name of Object.keys(COMMANDS)) expect(help).toContain(`  ${name} `);
    for (const code of ["0", "2", "3", "4", "5", "6", "7", "8", "130", "1"]) {
      expect(help).toMatch(new RegExp(`^ +${code}  `, "m"));
    }
  });

  it("documents every flag of every command", () => {
    for (const [name, spec] of Object.entries(COMMANDS)) {
      const help = formatCommandHelp(name);
      for (const flag of Object.keys(spec.flags)) expect(help, name).toContain(`--${flag}`);
    }
  });
});
