// The CLI run for real against Prism mocks of the specs (one per API, on 127.0.0.1): Prism checks
// every request the bin sends against its spec (--errors answers a non-conforming one with an
// error), and answers with the spec's own examples.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServers, startMocks } from "../../../../scripts/prism/mock-servers";
import { allSpecs } from "../../../../scripts/prism/specs";
import { schemaProblems } from "./support/events-schema";
import { binDir, cliEnv, runCli, runShell, TEST_CREDENTIALS, TEST_SECRETS } from "./support/run-cli";

const KINDS = [
  { spec: "ncloud/classic-nas", target: "ncloud-nas:23420000", flags: [] },
  { spec: "ncloud/vserver", target: "ncloud-vpc:3168?region=KR", flags: ["--name", "snapshot-test"] },
  // The history example lists `my-test-snapshot`: the wait looks for the name the create gave.
  {
    spec: "ncloud/search-engine",
    target: "ncloud-ses:1037123?bucket=estest",
    flags: ["--name", "my-test-snapshot"],
  },
  {
    spec: "huaweicloud/evs",
    target: "huaweicloud-evs:2c194dde-7de5-4529-a141-49f48181f411",
    flags: ["--name", "test_name"],
  },
  {
    spec: "zstack/volume-snapshots",
    target: "zstack:e60a0fb0b75743c1b0fcb017e31db043",
    flags: ["--description", "nightly"],
  },
];

let mocks: MockServers | undefined;
beforeAll(async () => {
  const specs = allSpecs();
  mocks = await startMocks(Object.fromEntries(KINDS.map(({ spec }) => [spec, specs[spec] as string])));
}, 90_000);
afterAll(async () => {
  await mocks?.stop();
});

describe.concurrent("cloudsnap create against Prism", { timeout: 30_000 }, () => {
  for (const { spec, target, flags } of KINDS) {
    for (const wait of [false, true]) {
      if (wait && spec === "huaweicloud/evs") continue; // below: its job example never finishes
      it(`${target}${wait ? " --wait" : ""}: every request conforms to ${spec}; the last line carries the Snapshot`, async () => {
        const endpoint = mocks?.urls[spec] ?? "";
        const run = await runCli([
          "create",
          target,
          ...flags,
          ...(wait ? ["--wait"] : []),
          "--endpoint",
          endpoint,
        ]);
        expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
        expect(schemaProblems(run.events)).toStrictEqual([]);
        for (const secret of TEST_SECRETS) expect(run.stdout + run.stderr).not.toContain(secret);
        const last = run.events.at(-1) ?? {};
        expect(last.event).toBe(wait ? "ready" : "accepted");
        expect(last).toMatchObject({
          snapshot: { api: target.split(":")[0], target: { volumeId: target.split(/[:?]/)[1] } },
        });
        if (wait) expect(last).toMatchObject({ snapshot: { status: "ready" } });
      });
    }
  }
});

describe("cloudsnap create --wait against Prism's EVS mock", () => {
  it("polls the job, whose example stays RUNNING, until --timeout (exit 6); the printed wait command then polls the snapshot to ready", async () => {
    const endpoint = mocks?.urls["huaweicloud/evs"] ?? "";
    const env = cliEnv({ ...TEST_CREDENTIALS, PATH: `${binDir()}:${process.env.PATH ?? ""}` });
    const target = "huaweicloud-evs:2c194dde-7de5-4529-a141-49f48181f411";
    const run = await runCli(["create", target, "--wait", "--timeout", "3s", "--endpoint", endpoint], {
      env,
    });
    expect(run.code, run.stderr).toBe(6);
    expect(schemaProblems(run.events)).toStrictEqual([]);
    expect(
      run.events.filter((e) => e.event === "progress").map((e) => [e.operation, e.status]),
    ).toContainEqual(["showJob", "RUNNING"]);
    const last = run.events.at(-1) ?? {};
    expect(last).toMatchObject({
      event: "error",
      error: { name: "WaiterTimeoutError" },
      resume: expect.stringMatching(/^cloudsnap wait /),
    });
    const resumed = await runShell(String(last.resume), env);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.events.at(-1)).toMatchObject({
      event: "ready",
      snapshot: { status: "ready", providerStatus: "available" },
    });
  }, 40_000);
});
