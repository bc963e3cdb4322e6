// `cloudsnap bulk` run for real (node dist/cli.js, stdout a pipe, so JSON Lines) against the
// scripted fake of the five APIs: a file of mixed targets, a target the fake refuses and a line that
// is no target, stdin, resuming from a journal, and Ctrl-C (a real SIGINT) with the printed resume
// command run as printed. Creates are counted at the fake, per volume: none may be sent twice.

import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, type TestContext } from "vitest";
import { run } from "../../src/cli/run";
import { schemaProblems } from "./support/events-schema";
import { type FakeCloud, type FakeCloudScript, isCreateRequest, startFakeCloud } from "./support/fake-cloud";
import { memoryIo } from "./support/memory-io";
import {
  binDir,
  cliEnv,
  runCli,
  runShell,
  startCli,
  TEST_CREDENTIALS,
  TEST_SECRETS,
} from "./support/run-cli";

/** Nine targets of the five kinds, each its own volume; the key is what a create carries. */
const TARGETS = [
  { target: "ncloud-vpc:20803168?region=KR", volume: "20803168" },
  { target: "ncloud-vpc:20803169?region=KR", volume: "20803169" },
  { target: "ncloud-vpc:20803170", volume: "20803170" },
  { target: "ncloud-nas:23420000", volume: "23420000" },
  { target: "ncloud-ses:1037123?bucket=estest", volume: "1037123" },
  {
    target: "huaweicloud-evs:2c194dde-7de5-4529-a141-49f48181f411",
    volume: "2c194dde-7de5-4529-a141-49f48181f411",
  },
  {
    target: "huaweicloud-evs:3d294dde-7de5-4529-a141-49f48181f422",
    volume: "3d294dde-7de5-4529-a141-49f48181f422",
  },
  { target: "zstack:e60a0fb0b75743c1b0fcb017e31db043", volume: "e60a0fb0b75743c1b0fcb017e31db043" },
  { target: "zstack:f70a0fb0b75743c1b0fcb017e31db054", volume: "f70a0fb0b75743c1b0fcb017e31db054" },
];

/** The file's text: a comment, the targets with a blank line among them, and the line of each. */
function targetsFile(targets: readonly string[]): { text: string; lines: Map<string, number> } {
  const rows = ["# volumes to snapshot tonight", ""];
  const lines = new Map<string, number>();
  targets.forEach((target, i) => {
    if (i === 3) rows.push("   ");
    rows.push(target);
    lines.set(target, rows.length);
  });
  return { text: `${rows.join("\n")}\n`, lines };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "cloudsnap-bulk-"));
}

/** A fake for this test only, closed when it ends (tests run concurrently). */
async function fake(context: TestContext, script: FakeCloudScript = {}): Promise<FakeCloud> {
  const started = await startFakeCloud(script);
  context.onTestFinished(() => started.close());
  return started;
}

/** Creates the fake received per volume. */
function createsPerVolume(cloud: FakeCloud): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of cloud.requests.filter(isCreateRequest)) {
    const volume = TARGETS.find((t) => request.url.includes(t.volume) || request.body.includes(t.volume));
    const key = volume?.volume ?? `unknown ${request.method} ${request.url}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** JSON Lines that fit the schema, and no secret anywhere. */
function expectClean(result: { stdout: string; stderr: string; events: Record<string, unknown>[] }): void {
  expect(schemaProblems(result.events)).toStrictEqual([]);
  for (const secret of TEST_SECRETS) {
    expect(result.stdout).not.toContain(secret);
    expect(result.stderr).not.toContain(secret);
  }
}

/** Every intent of a journal has an outcome. */
function journalRecords(path: string): { intents: number[]; outcomes: number[] } {
  const records = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as { type: string; seq?: number });
  return {
    intents: records.filter((r) => r.type === "intent").map((r) => r.seq as number),
    outcomes: records.filter((r) => r.type === "outcome").map((r) => r.seq as number),
  };
}

describe.concurrent("cloudsnap bulk against the scripted fake", { timeout: 30_000 }, () => {
  it("snapshots a file of mixed targets: one create each, events per line, a summary per account", async (context) => {
    const cloud = await fake(context);
    const dir = tempDir();
    const { text, lines } = targetsFile(TARGETS.map((t) => t.target));
    writeFileSync(join(dir, "targets.txt"), text);
    const result = await runCli([
      "bulk",
      join(dir, "targets.txt"),
      "--rate",
      "50/s",
      "--endpoint",
      cloud.origin,
    ]);
    expect(result.code, result.stderr).toBe(0);
    expectClean(result);
    const accepted = result.events.filter((e) => e.event === "bulk-accepted");
    expect(accepted.map((e) => e.target).sort()).toStrictEqual(TARGETS.map((t) => t.target).sort());
    for (const event of accepted) expect(event.line).toBe(lines.get(event.target as string));
    expect(new Set(accepted.map((e) => e.seq))).toStrictEqual(new Set(TARGETS.map((_, i) => i)));
    const summary = result.events.at(-1);
    expect(summary).toMatchObject({
      event: "bulk-summary",
      total: 9,
      created: 9,
      found: 0,
      skipped: 0,
      failed: 0,
      interrupted: false,
      journal: null,
      exitCode: 0,
    });
    const accounts = summary?.accounts as { provider: string; created: number; requests: number }[];
    const createdBy = (provider: string) =>
      accounts.filter((a) => a.provider === provider).reduce((sum, a) => sum + a.created, 0);
    expect([createdBy("ncloud"), createdBy("huaweicloud"), createdBy("zstack")]).toStrictEqual([5, 2, 2]);
    for (const account of accounts) expect(account.requests).toBeGreaterThan(0);
    expect(createsPerVolume(cloud)).toStrictEqual(new Map(TARGETS.map((t) => [t.volume, 1])));
  });

  it("a target the fake refuses and a line that is no target fail alone, by line number; exit 9", async (context) => {
    const refused = TARGETS[1] as (typeof TARGETS)[number];
    const cloud = await fake(context, { createStatusFor: { [refused.volume]: 400 } });
    const dir = tempDir();
    const targets = [...TARGETS.slice(0, 4).map((t) => t.target), "ncloud-vpc:not-digits"];
    const { text, lines } = targetsFile(targets);
    writeFileSync(join(dir, "targets.txt"), text);
    const result = await runCli(["bulk", join(dir, "targets.txt"), "--endpoint", cloud.origin]);
    expect(result.code, result.stderr).toBe(9);
    expectClean(result);
    const failed = result.events.filter((e) => e.event === "bulk-failed");
    expect(failed).toHaveLength(2);
    // Refused, so nothing was made: a re-run tries it again (a malformed line stays malformed).
    expect(failed.find((e) => e.target === refused.target)).toMatchObject({
      line: lines.get(refused.target),
      retryable: true,
      error: { name: "BadRequestError", status: 400 },
    });
    const badLine = lines.get("ncloud-vpc:not-digits") as number;
    expect(failed.find((e) => e.target === "ncloud-vpc:not-digits")).toMatchObject({
      line: badLine,
      retryable: false,
      error: { name: "ValidationError", exitCode: 2 },
    });
    expect(result.stderr).toContain(`cloudsnap: line ${badLine}: ncloud-vpc:not-digits: ValidationError`);
    expect(result.events.at(-1)).toMatchObject({
      event: "bulk-summary",
      total: 5,
      created: 3,
      failed: 2,
      exitCode: 9,
    });
    const accounts = result.events.at(-1)?.accounts as { failed: number }[];
    expect(accounts.reduce((sum, a) => sum + a.failed, 0)).toBe(1);
    expect(createsPerVolume(cloud).get(refused.volume)).toBe(1);
  });

  it("reads the targets from stdin with `-`", async (context) => {
    const cloud = await fake(context);
    const { text } = targetsFile(TARGETS.slice(0, 5).map((t) => t.target));
    const result = await runCli(["bulk", "-", "--endpoint", cloud.origin], { input: text });
    expect(result.code, result.stderr).toBe(0);
    expectClean(result);
    expect(result.events.filter((e) => e.event === "bulk-accepted")).toHaveLength(5);
    expect(result.events.at(-1)).toMatchObject({ event: "bulk-summary", total: 5, created: 5 });
  });

  it("logs the ZStack session it opened out at the end of the run", async (context) => {
    const cloud = await fake(context);
    const { ZSTACK_ACCESS_KEY_ID: _id, ZSTACK_ACCESS_KEY_SECRET: _secret, ...others } = TEST_CREDENTIALS;
    const env = cliEnv({
      ...others,
      ZSTACK_ACCOUNT_NAME: "admin",
      ZSTACK_ACCOUNT_PASSWORD: "bulk-test-password-0123",
    });
    const zstack = TARGETS.filter((t) => t.target.startsWith("zstack:")).map((t) => t.target);
    const result = await runCli(["bulk", "-", "--endpoint", cloud.origin], {
      input: targetsFile(zstack).text,
      env,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(`${result.stdout}${result.stderr}`).not.toContain("bulk-test-password-0123");
    expect(result.events.at(-1)).toMatchObject({ event: "bulk-summary", created: zstack.length });
    const logins = cloud.requests.filter((r) => r.path === "/zstack/v1/accounts/login");
    const logouts = cloud.requests.filter(
      (r) => r.method === "DELETE" && r.path.startsWith("/zstack/v1/accounts/sessions/"),
    );
    expect(logins).toHaveLength(1);
    expect(logouts).toHaveLength(1);
  });

  it("--wait follows each snapshot until ready; 429s are backed off and counted", async (context) => {
    const cloud = await fake(context, { throttleCreates: 1, creatingPolls: 1 });
    const dir = tempDir();
    writeFileSync(join(dir, "t.txt"), targetsFile([TARGETS[0]?.target as string]).text);
    const result = await runCli(["bulk", join(dir, "t.txt"), "--wait", "--endpoint", cloud.origin]);
    expect(result.code, result.stderr).toBe(0);
    expectClean(result);
    const kinds = result.events.map((e) => e.event);
    expect(kinds).toContain("bulk-throttled");
    expect(kinds).toContain("bulk-progress");
    expect(kinds.filter((k) => k === "bulk-ready")).toHaveLength(1);
    expect(result.events.at(-1)).toMatchObject({ created: 1, ready: 1, accounts: [{ throttled: 1 }] });
  });

  it("resumes with the same --journal after a partial run: nothing is created twice", async (context) => {
    const cloud = await fake(context);
    const dir = tempDir();
    const file = join(dir, "targets.txt");
    const journal = join(dir, "run.journal");
    writeFileSync(file, targetsFile(TARGETS.map((t) => t.target)).text);
    const argv = [
      "bulk",
      file,
      "--journal",
      journal,
      "--concurrency",
      "2",
      "--rate",
      "100",
      "--endpoint",
      cloud.origin,
    ];
    // The first run is stopped (Ctrl-C) as its fourth create is sent.
    let creates = 0;
    const first = memoryIo(TEST_CREDENTIALS, {
      fetch: (request) => {
        if (isCreateRequest({ method: request.method, path: new URL(request.url).pathname })) {
          creates += 1;
          if (creates === 4) first.interrupt();
        }
        return fetch(request);
      },
    });
    expect(await run(argv, first)).toBe(130);
    expectClean({ stdout: first.out(), stderr: first.err(), events: first.events() });
    const partial = first.events().at(-1) as { created: number; interrupted: boolean };
    expect(partial).toMatchObject({ event: "bulk-summary", interrupted: true });
    expect(partial.created).toBeGreaterThanOrEqual(4);
    expect(partial.created).toBeLessThan(TARGETS.length);
    const interrupted = first.events().find((e) => e.event === "interrupted");
    expect(interrupted?.resume).toContain(`--journal ${journal}`);
    const { intents, outcomes } = journalRecords(journal);
    expect([...intents].sort()).toStrictEqual([...outcomes].sort());

    const second = memoryIo(TEST_CREDENTIALS, { fetch: (request) => fetch(request) });
    expect(await run(argv, second)).toBe(0);
    expectClean({ stdout: second.out(), stderr: second.err(), events: second.events() });
    expect(second.events().at(-1)).toMatchObject({
      event: "bulk-summary",
      total: TARGETS.length,
      skipped: partial.created,
      created: TARGETS.length - partial.created,
      exitCode: 0,
    });
    expect(createsPerVolume(cloud)).toStrictEqual(new Map(TARGETS.map((t) => [t.volume, 1])));
  });
});

describe.concurrent("cloudsnap bulk: usage errors, before anything is sent", { timeout: 30_000 }, () => {
  const dir = tempDir();
  const file = join(dir, "targets.txt");
  writeFileSync(file, `${TARGETS[0]?.target}\n`);
  mkdirSync(join(dir, "a-directory"));
  const cases = [
    { why: "a --rate of zero", args: [file, "--rate", "0"], message: /--rate must be more than 0/ },
    {
      why: "a --rate per minute",
      args: [file, "--rate", "5/m"],
      message: /--rate must be requests per second, as N or N\/s/,
    },
    { why: "a --rate that is no number", args: [file, "--rate", "fast"], message: /--rate must be/ },
    {
      why: "a --concurrency of 0",
      args: [file, "--concurrency", "0"],
      message: /--concurrency must be a whole number/,
    },
    {
      why: "a fractional --concurrency",
      args: [file, "--concurrency", "2.5"],
      message: /--concurrency must be/,
    },
    {
      why: "a missing file",
      args: [join(dir, "missing.txt")],
      message: /cannot read the targets file ".*missing\.txt": no such file/,
    },
    {
      why: "a directory",
      args: [join(dir, "a-directory")],
      message: /cannot read the targets file .*: it is a directory/,
    },
    { why: "no file at all", args: [], message: /bulk needs <targets-file>/ },
  ];
  for (const { why, args, message } of cases) {
    it(`refuses ${why} with exit code 2`, async (context) => {
      const cloud = await fake(context);
      const result = await runCli(["bulk", ...args, "--endpoint", cloud.origin]);
      expect(result.code).toBe(2);
      expectClean(result);
      expect(result.events).toMatchObject([{ event: "error", error: { name: "UsageError", exitCode: 2 } }]);
      expect(result.stderr).toMatch(message);
      expect(cloud.connections()).toBe(0);
    });
  }

  it.skipIf(process.getuid?.() === 0)("refuses an unreadable file with exit code 2", async (context) => {
    const cloud = await fake(context);
    const locked = join(dir, "locked.txt");
    writeFileSync(locked, `${TARGETS[0]?.target}\n`);
    chmodSync(locked, 0o000);
    const result = await runCli(["bulk", locked, "--endpoint", cloud.origin]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read the targets file .*: permission denied/);
    expect(cloud.connections()).toBe(0);
  });
});

describe.concurrent("cloudsnap bulk: Ctrl-C (a real SIGINT)", { timeout: 40_000 }, () => {
  it("stops new creates, finishes the ones in flight, prints the resume command, exits 130; it resumes", async (context) => {
    const cloud = await fake(context, { createDelayMs: 300 });
    const dir = tempDir();
    const file = join(dir, "targets.txt");
    const journal = join(dir, "run.journal");
    writeFileSync(file, targetsFile(TARGETS.map((t) => t.target)).text);
    const env = cliEnv({ ...TEST_CREDENTIALS, PATH: `${binDir()}:${process.env.PATH ?? ""}` });
    const live = startCli(
      ["bulk", file, "--journal", journal, "--concurrency", "2", "--rate", "100", "--endpoint", cloud.origin],
      env,
    );
    await live.waitForEvent((e) => e.event === "bulk-accepted");
    live.child.kill("SIGINT");
    const stopped = await live.done;
    expect(stopped.code, stopped.stderr).toBe(130);
    expectClean(stopped);
    const resume = `cloudsnap bulk ${file} --journal ${journal} --concurrency 2 --rate 100 --endpoint ${cloud.origin}`;
    expect(stopped.events.find((e) => e.event === "interrupted")).toMatchObject({
      phase: "bulk",
      resume,
      exitCode: 130,
    });
    expect(stopped.stderr).toContain(`resume with: ${resume}`);
    const summary = stopped.events.at(-1) as { event: string; created: number; interrupted: boolean };
    expect(summary).toMatchObject({ event: "bulk-summary", interrupted: true, exitCode: 130 });
    expect(summary.created).toBeLessThan(TARGETS.length);
    // Every create sent has its outcome recorded.
    const { intents, outcomes } = journalRecords(journal);
    expect(intents.length).toBeGreaterThan(0);
    expect([...outcomes].sort()).toStrictEqual([...intents].sort());
    expect(summary.created).toBe(intents.length);

    // The command as printed, through a shell.
    const resumed = await runShell(resume, env);
    expect(resumed.code, resumed.stderr).toBe(0);
    expectClean(resumed);
    expect(resumed.events.at(-1)).toMatchObject({
      event: "bulk-summary",
      skipped: summary.created,
      created: TARGETS.length - summary.created,
    });
    expect(createsPerVolume(cloud)).toStrictEqual(new Map(TARGETS.map((t) => [t.volume, 1])));
  });

  it("without --journal, says the run cannot be resumed and prints no resume command", async (context) => {
    const cloud = await fake(context, { createDelayMs: 300 });
    const dir = tempDir();
    writeFileSync(join(dir, "targets.txt"), targetsFile(TARGETS.map((t) => t.target)).text);
    const live = startCli(
      ["bulk", join(dir, "targets.txt"), "--concurrency", "1", "--endpoint", cloud.origin],
      cliEnv({ ...TEST_CREDENTIALS }),
    );
    await live.waitForEvent((e) => e.event === "bulk-accepted");
    live.child.kill("SIGINT");
    const stopped = await live.done;
    expect(stopped.code).toBe(130);
    expectClean(stopped);
    const interrupted = stopped.events.find((e) => e.event === "interrupted");
    expect(interrupted).toMatchObject({ phase: "bulk", exitCode: 130 });
    expect(interrupted).not.toHaveProperty("resume");
    expect(String(interrupted?.message)).toMatch(/no --journal, so it cannot be resumed/);
  });

  it("Ctrl-C ends a run reading an idle stdin (`-`): the targets read are done, exit 130", async (context) => {
    const cloud = await fake(context);
    const live = startCli(["bulk", "-", "--endpoint", cloud.origin], cliEnv({ ...TEST_CREDENTIALS }), {
      input: `${TARGETS[0]?.target}\n`,
    });
    context.onTestFinished(() => void live.child.stdin?.destroy());
    await live.waitForEvent((e) => e.event === "bulk-accepted");
    live.child.kill("SIGINT");
    const stopped = await live.done;
    expect(stopped.code, stopped.stderr).toBe(130);
    expectClean(stopped);
    expect(stopped.events.at(-1)).toMatchObject({
      event: "bulk-summary",
      total: 1,
      created: 1,
      interrupted: true,
    });
  });

  it("a second Ctrl-C ends at once, without waiting for the creates in flight", async (context) => {
    // The fake holds every create for a minute: only the second Ctrl-C can end the run in time.
    const cloud = await fake(context, { createDelayMs: 60_000 });
    const dir = tempDir();
    writeFileSync(join(dir, "targets.txt"), targetsFile(TARGETS.map((t) => t.target)).text);
    const live = startCli(
      ["bulk", join(dir, "targets.txt"), "--endpoint", cloud.origin],
      cliEnv({ ...TEST_CREDENTIALS }),
    );
    await cloud.waitForRequest((r) => isCreateRequest(r));
    live.child.kill("SIGINT");
    await new Promise((resolve) => setTimeout(resolve, 200));
    live.child.kill("SIGINT");
    const ended = await live.done;
    expect(ended.code).toBe(130);
    expect(ended.stderr).toContain("interrupted: no new create is sent");
  });
});
