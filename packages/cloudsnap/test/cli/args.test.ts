import { describe, expect, it } from "vitest";
import { COMMANDS, parseCommandLine, parseConcurrency, parseRate } from "../../src/cli/args";
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

  it("reads bulk's targets file (or `-`) and its flags", () => {
    expect(
      parseCommandLine([
        "bulk",
        "-",
        "--journal",
        "run.journal",
        "--concurrency",
        "8",
        "--rate",
        "2/s",
        "--wait",
        "--timeout",
        "20m",
        "--json",
      ]),
    ).toMatchObject({
      command: "bulk",
      args: { "targets-file": "-" },
      flags: {
        journal: "run.journal",
        concurrency: "8",
        rate: "2/s",
        wait: true,
        timeout: "20m",
        json: true,
      },
    });
  });

  it.each([
    { given: "5", want: 5 },
    { given: "5/s", want: 5 },
    { given: "2.5/s", want: 2.5 },
    { given: " 0.5 / s ", want: 0.5 },
    { given: "10000", want: 10_000 },
  ])("reads --rate $given as $want per second", ({ given, want }) => {
    expect(parseRate(given)).toBe(want);
  });

  it.each(["0", "0/s", "-1", "5/m", "5 per second", "1e3", "fast", "", "10001"])(
    "refuses --rate %j",
    (given) => {
      expect(() => parseRate(given)).toThrow(UsageError);
      expect(() => parseRate(given)).toThrow(/--rate must/);
    },
  );

  it.each([
    { given: "1", want: 1 },
    { given: "1024", want: 1024 },
  ])("reads --concurrency $given", ({ given, want }) => {
    expect(parseConcurrency(given)).toBe(want);
  });

  it.each(["0", "-2", "2.5", "1025", "many", ""])("refuses --concurrency %j", (given) => {
    expect(() => parseConcurrency(given)).toThrow(/--concurrency must be a whole number from 1 to 1024/);
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
    { why: "bulk without a targets file", given: ["bulk"], message: /bulk needs <targets-file>/ },
    { why: "a bad --rate", given: ["bulk", "t.txt", "--rate", "5/m"], message: /--rate must be/ },
    { why: "a bad --concurrency", given: ["bulk", "t.txt", "--concurrency", "0"], message: /--concurrency/ },
    {
      why: "bulk --timeout without --wait",
      given: ["bulk", "t.txt", "--timeout", "5m"],
      message: /add --wait/,
    },
    {
      why: "an empty --journal",
      given: ["bulk", "t.txt", "--journal="],
      message: /--journal must not be empty/,
    },
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
    for (const code of ["0", "2", "3", "4", "5", "6", "7", "8", "9", "130", "1"]) {
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

describe("bulk --help", () => {
  it("says how a bad line is handled, that resuming needs --journal, what Ctrl-C does, and the exit codes", () => {
    const help = formatCommandHelp("bulk");
    expect(help).toContain("Usage: cloudsnap bulk <targets-file> [flags]");
    expect(help).toMatch(/`-` reads the targets from stdin/);
    expect(help).toMatch(/A line that is not a valid target fails that target only/);
    expect(help).toMatch(/Without --journal, a run that crashes or is interrupted cannot be resumed/);
    expect(help).toMatch(/Ctrl-C stops sending new creates/);
    expect(help).toMatch(/^ +9 {2}bulk: at least one target failed/m);
  });
});
