// The CLI run for real (node dist/cli.js, stdout a pipe, so JSON Lines) against the scripted fake of
// the five APIs, credentials in the environment, HOME empty. Every line must fit the published
// schema, and no secret may appear in any output.

import { describe, expect, it, type TestContext } from "vitest";
import type { DoctorEvent } from "../../src/cli/events";
import { schemaProblems } from "./support/events-schema";
import { type FakeCloud, type FakeCloudScript, startFakeCloud } from "./support/fake-cloud";
import {
  binDir,
  type CliRun,
  cliEnv,
  runCli,
  runShell,
  startCli,
  TEST_CREDENTIALS,
  TEST_SECRETS,
} from "./support/run-cli";

const KINDS = [
  { target: "ncloud-nas:23420000", readyAtCreate: true },
  { target: "ncloud-vpc:20803168?region=KR", readyAtCreate: false },
  { target: "ncloud-ses:1037123?bucket=estest", readyAtCreate: false },
  { target: "huaweicloud-evs:2c194dde-7de5-4529-a141-49f48181f411", readyAtCreate: false },
  { target: "zstack:e60a0fb0b75743c1b0fcb017e31db043", readyAtCreate: false },
];

/** A fake for this test only, closed when it ends (tests run concurrently). */
async function fake(context: TestContext, script: FakeCloudScript = {}): Promise<FakeCloud> {
  const started = await startFakeCloud(script);
  context.onTestFinished(() => started.close());
  return started;
}

/** The checks every run passes: JSON Lines that fit the schema, and no secret anywhere. */
function expectClean(run: CliRun): void {
  expect(schemaProblems(run.events)).toStrictEqual([]);
  for (const secret of TEST_SECRETS) {
    expect(run.stdout).not.toContain(secret);
    expect(run.stderr).not.toContain(secret);
  }
}

describe.concurrent("cloudsnap create, every kind, against the scripted fake", { timeout: 30_000 }, () => {
  for (const { target, readyAtCreate } of KINDS) {
    it(`${target}: prints accepted, carrying the Snapshot, and exits 0`, async (context) => {
      const cloud = await fake(context);
      const run = await runCli(["create", target, "--endpoint", cloud.origin]);
      expect(run.code, run.stderr).toBe(0);
      expectClean(run);
      expect(run.events).toHaveLength(1);
      expect(run.events[0]).toMatchObject({
        event: "accepted",
        target,
        snapshot: {
          status: readyAtCreate ? "ready" : "creating",
          target: { volumeId: target.split(/[:?]/)[1] },
        },
      });
      expect(cloud.polls()).toBe(0);
    });

    it(`${target} --wait: prints accepted, progress, then ready carrying the Snapshot`, async (context) => {
      const cloud = await fake(context, { creatingPolls: 1 });
      const name = target.startsWith("ncloud-nas:") ? [] : ["--name", "nightly-1"];
      const run = await runCli(["create", target, "--wait", ...name, "--endpoint", cloud.origin]);
      expect(run.code, run.stderr).toBe(0);
      expectClean(run);
      const kinds = run.events.map((e) => e.event);
      expect(kinds[0]).toBe("accepted");
      expect(kinds.at(-1)).toBe("ready");
      expect(run.events.at(-1)).toMatchObject({ target, snapshot: { status: "ready" } });
      if (!readyAtCreate) {
        expect(kinds.filter((k) => k === "progress").length).toBeGreaterThanOrEqual(2);
        expect(run.events.find((e) => e.event === "progress")).toMatchObject({
          attempt: 1,
          elapsedMs: expect.any(Number),
        });
      }
    });
  }
});

describe.concurrent("cloudsnap wait", { timeout: 30_000 }, () => {
  it("follows a snapshot named by target and id until ready", async (context) => {
    const cloud = await fake(context, { creatingPolls: 1 });
    const run = await runCli([
      "wait",
      "ncloud-vpc:20803168?region=KR",
      "20814323",
      "--endpoint",
      cloud.origin,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expectClean(run);
    expect(run.events.map((e) => e.event)).toStrictEqual(["progress", "progress", "ready"]);
    expect(run.events.at(-1)).toMatchObject({
      snapshot: { id: "20814323", status: "ready", providerStatus: "CREAT" },
    });
  });
});

describe.concurrent("exit codes, each reached for real", { timeout: 30_000 }, () => {
  it("2: a malformed target is refused before anything is sent (no connection at all)", async (context) => {
    const cloud = await fake(context);
    const run = await runCli(["create", "ncloud-vpc:not-digits", "--endpoint", cloud.origin]);
    expect(run.code).toBe(2);
    expectClean(run);
    expect(run.events).toMatchObject([{ event: "error", error: { name: "ValidationError", exitCode: 2 } }]);
    expect(run.stderr).toMatch(/ncloud-vpc:not-digits: ValidationError: .*originalBlockStorageInstanceNo/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(cloud.connections()).toBe(0);
  });

  it("2: bad usage is refused before anything is sent", async (context) => {
    const cloud = await fake(context);
    const run = await runCli(["create", "ncloud-vpc:20803168", "--wiat", "--endpoint", cloud.origin]);
    expect(run.code).toBe(2);
    expectClean(run);
    expect(run.events).toMatchObject([{ event: "error", error: { name: "UsageError" } }]);
    expect(run.stderr).toContain("Usage: cloudsnap create <target>");
    expect(cloud.connections()).toBe(0);
  });

  it("3: no credentials anywhere (empty environment, empty HOME)", async (context) => {
    const cloud = await fake(context);
    const run = await runCli(
      ["create", "huaweicloud-evs:2c194dde-7de5-4529-a141-49f48181f411", "--endpoint", cloud.origin],
      {
        env: cliEnv(),
      },
    );
    expect(run.code).toBe(3);
    expectClean(run);
    expect(run.events).toMatchObject([
      {
        event: "error",
        error: { name: "CredentialsError", tried: expect.arrayContaining(["HUAWEICLOUD_SDK_AK"]) },
      },
    ]);
    expect(run.stderr).toContain("cloudsnap doctor");
    expect(cloud.connections()).toBe(0);
  });

  it("4: the provider refuses the credentials (401), with its code and message", async (context) => {
    const cloud = await fake(context, { createStatus: 401 });
    const run = await runCli(["create", "ncloud-vpc:20803168", "--endpoint", cloud.origin]);
    expect(run.code).toBe(4);
    expectClean(run);
    expect(run.events).toMatchObject([
      {
        event: "error",
        target: "ncloud-vpc:20803168",
        error: { name: "AuthenticationError", status: 401, code: "200" },
      },
    ]);
    const lines = run.stderr.trim().split("\n");
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines[0]).toMatch(
      /^cloudsnap: ncloud-vpc:20803168: AuthenticationError \(401\): .*200: Authentication Failed/,
    );
  });

  it("5: the volume is not found (404)", async (context) => {
    const cloud = await fake(context, { createStatus: 404 });
    const run = await runCli([
      "create",
      "huaweicloud-evs:2c194dde-7de5-4529-a141-49f48181f411",
      "--endpoint",
      cloud.origin,
    ]);
    expect(run.code).toBe(5);
    expectClean(run);
    expect(run.events).toMatchObject([
      { event: "error", error: { name: "NotFoundError", status: 404, code: "EVS.4040" } },
    ]);
  });

  it("6: the wait's deadline (--timeout) passes; the error carries the snapshot and the resume command", async (context) => {
    const cloud = await fake(context, { outcome: "creating" });
    const run = await runCli([
      "create",
      "ncloud-vpc:20803168?region=KR",
      "--wait",
      "--timeout",
      "1s",
      "--endpoint",
      cloud.origin,
    ]);
    expect(run.code).toBe(6);
    expectClean(run);
    expect(run.events.at(-1)).toMatchObject({
      event: "error",
      error: { name: "WaiterTimeoutError", exitCode: 6 },
      snapshot: { id: "20814323" },
      resume: `cloudsnap wait 'ncloud-vpc:20803168?region=KR' 20814323 --endpoint ${cloud.origin}`,
    });
  });

  it("7: the provider fails (503); a create is not sent twice", async (context) => {
    const cloud = await fake(context, { createStatus: 503 });
    const run = await runCli(["create", "ncloud-vpc:20803168", "--endpoint", cloud.origin]);
    expect(run.code).toBe(7);
    expectClean(run);
    expect(run.events).toMatchObject([{ event: "error", error: { name: "ServerError", status: 503 } }]);
    expect(cloud.requests.filter((r) => r.path.endsWith("/createBlockStorageSnapshotInstance"))).toHaveLength(
      1,
    );
  });

  it("7: nothing listens at the endpoint", async () => {
    const cloud = await startFakeCloud();
    const closed = cloud.origin;
    await cloud.close();
    const run = await runCli(["create", "zstack:e60a0fb0b75743c1b0fcb017e31db043", "--endpoint", closed], {
      env: cliEnv({ ...TEST_CREDENTIALS }),
      timeoutMs: 45_000,
    });
    expect(run.code).toBe(7);
    expectClean(run);
    expect(run.events).toMatchObject([{ event: "error", error: { name: "NetworkError" } }]);
  }, 50_000);

  it("8: the provider says the snapshot failed; the last line carries it, status failed", async (context) => {
    const cloud = await fake(context, { outcome: "failed" });
    const run = await runCli([
      "create",
      "huaweicloud-evs:2c194dde-7de5-4529-a141-49f48181f411",
      "--wait",
      "--endpoint",
      cloud.origin,
    ]);
    expect(run.code).toBe(8);
    expectClean(run);
    expect(run.events.at(-1)).toMatchObject({
      event: "failed",
      id: "bb02b5f0-7f48-4cd1-a7b5-e8a27b7b5e3f",
      snapshot: { status: "failed", providerStatus: "error" },
      error: { name: "SnapshotFailedError", exitCode: 8 },
    });
  });

  it("130: Ctrl-C while waiting stops cleanly, says the snapshot goes on, and the printed command resumes", async (context) => {
    const cloud = await fake(context, { creatingPolls: 2 });
    const env = cliEnv({ ...TEST_CREDENTIALS, PATH: `${binDir()}:${process.env.PATH ?? ""}` });
    const live = startCli(
      ["create", "ncloud-vpc:20803168?region=KR", "--wait", "--endpoint", cloud.origin, "--json"],
      env,
    );
    await live.waitForEvent((e) => e.event === "progress");
    live.child.kill("SIGINT");
    const run = await live.done;
    expect(run.code).toBe(130);
    expectClean(run);
    const resume = `cloudsnap wait 'ncloud-vpc:20803168?region=KR' 20814323 --endpoint ${cloud.origin} --json`;
    expect(run.events.at(-1)).toMatchObject({
      event: "interrupted",
      phase: "wait",
      id: "20814323",
      snapshot: { id: "20814323", status: "creating" },
      resume,
      exitCode: 130,
    });
    expect(run.stderr).toContain("goes on being created on the provider's side");
    // The command as printed, through a shell, as a person would paste it.
    const resumed = await runShell(resume, env);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.events.at(-1)).toMatchObject({
      event: "ready",
      snapshot: { id: "20814323", status: "ready" },
    });
  });

  it("130: Ctrl-C before the create answered says it may or may not have been received", async (context) => {
    const cloud = await fake(context, { createDelayMs: 10_000 });
    const live = startCli(
      ["create", "ncloud-vpc:20803168", "--endpoint", cloud.origin],
      cliEnv({ ...TEST_CREDENTIALS }),
    );
    await cloud.waitForRequest((r) => r.path.endsWith("/createBlockStorageSnapshotInstance"));
    live.child.kill("SIGINT");
    const run = await live.done;
    expect(run.code).toBe(130);
    expectClean(run);
    expect(run.events).toMatchObject([{ event: "interrupted", phase: "create", exitCode: 130 }]);
    expect(String(run.events[0]?.message)).toMatch(/may or may not have been requested/);
  });

  it("1: anything else, such as a 409 the table does not name", async (context) => {
    const cloud = await fake(context, { createStatus: 409 });
    const run = await runCli(["create", "ncloud-vpc:20803168", "--endpoint", cloud.origin]);
    expect(run.code).toBe(1);
    expectClean(run);
    expect(run.events).toMatchObject([{ event: "error", error: { name: "ConflictError", exitCode: 1 } }]);
  });
});

describe.concurrent("create --dry-run", { timeout: 30_000 }, () => {
  for (const { target } of KINDS) {
    it(`${target}: prints the redacted requests and opens no connection`, async (context) => {
      const cloud = await fake(context);
      const run = await runCli(["create", target, "--dry-run", "--wait", "--endpoint", cloud.origin]);
      expect(run.code, run.stderr).toBe(0);
      expectClean(run);
      expect(run.events.at(-1)).toMatchObject({ event: "dry-run", sent: 0 });
      expect(run.events.filter((e) => e.event === "request").length).toBeGreaterThanOrEqual(1);
      expect(run.stdout).not.toContain(TEST_CREDENTIALS.NCLOUD_ACCESS_KEY_ID);
      expect(cloud.connections()).toBe(0);
    });
  }
});

describe.concurrent("targets, doctor, --version, --help", { timeout: 30_000 }, () => {
  it("targets --json: one line per kind, each with its form and an example that parses", async () => {
    const run = await runCli(["targets", "--json"]);
    expect(run.code).toBe(0);
    expectClean(run);
    expect(run.events.map((e) => e.api)).toStrictEqual(KINDS.map((k) => k.target.split(":")[0]));
  });

  it("doctor: where credentials were found (masked), the endpoint, the clock offset from Date", async (context) => {
    const cloud = await fake(context, { clockOffsetMs: 120_000 });
    const run = await runCli(["doctor", "--endpoint", cloud.origin]);
    expect(run.code).toBe(0);
    expectClean(run);
    expect(run.stdout).not.toContain(TEST_CREDENTIALS.NCLOUD_ACCESS_KEY_ID);
    const ncloud = run.events.find((e) => e.provider === "ncloud") as unknown as DoctorEvent;
    expect(ncloud.credentials).toMatchObject({
      using: "environment",
      sources: [{ source: "environment", status: "found", identity: "AKCL***" }, { status: "not-found" }],
    });
    expect(ncloud.endpoints).toContainEqual({ api: "vserver", origin: cloud.origin, source: "--endpoint" });
    const offset = ncloud.clock[0]?.offsetMs ?? Number.NaN;
    // The Date header has whole seconds, and the round trip of a loaded machine counts too.
    expect(offset).toBeGreaterThan(118_000);
    expect(offset).toBeLessThan(121_500);
    expect(cloud.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  it("doctor: an origin out of reach is reported, not fatal", async () => {
    const run = await runCli(["doctor", "--endpoint", "http://127.0.0.1:9"], { env: cliEnv() });
    expect(run.code).toBe(0);
    expectClean(run);
    for (const report of run.events as unknown as DoctorEvent[]) {
      expect(report.credentials.using).toBeNull();
      expect(report.clock[0]?.error).toMatch(/could not reach/);
    }
  });

  it("--version prints the package's version; --help the exit codes", async () => {
    const version = await runCli(["--version"]);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Exit codes:");
  });
});
