import { readdir } from "node:fs/promises";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServers, startMocks } from "../../scripts/prism/mock-servers";
import { allSpecs } from "../../scripts/prism/specs";
import { EXAMPLES, type ExampleRun, mockedSpecs } from "./catalog";
import { EXAMPLES_DIR, EXAMPLES_TSCONFIG, type ExampleResult, runExample } from "./run-example";

// Each example runs as its own process, exactly as a user would start it: arguments on the command
// line, endpoint and placeholder credentials in the environment, nothing else.
let mocks: MockServers;
beforeAll(async () => {
  mocks = await startMocks(mockedSpecs(allSpecs()));
}, 90_000);
afterAll(async () => {
  await mocks?.stop();
});

const lines = (text: string) => text.split("\n").filter(Boolean);
const expectSuccess = (result: ExampleResult) => {
  expect(result.code, `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`).toBe(0);
  expect(result.stderr).toBe("");
};
const run = (example: ExampleRun, env: Record<string, string> = example.env(mocks.urls)) =>
  runExample(example.file, example.args, env);

describe("examples against Prism mocks", () => {
  it.concurrent("ncloud: creates a Classic NAS and a VPC block storage snapshot", async () => {
    const result = await run(EXAMPLES.ncloud);
    expectSuccess(result);
    expect(lines(result.stdout)).toEqual([
      "Classic NAS volume 23420000: snapshot now.20240403.164347 taken (2 on the volume)",
      "VPC block storage 3168: snapshot 20814323 (snapshot-test) is INIT",
    ]);
  });

  it.concurrent("huaweicloud: creates an EVS snapshot signed with AK/SK", async () => {
    const result = await run(EXAMPLES.huaweicloud);
    expectSuccess(result);
    expect(lines(result.stdout)).toEqual([
      "EVS disk 2c194dde-7de5-4529-a141-49f48181f411: snapshot bb02c803-55ac-4e84-9c80-60d352199d7d (before-migration) accepted",
      "Job ee62a0c1e79c4e11be5adc17a49f69ef creates it; it is usable when the job succeeds (see wait-for-snapshot.ts).",
    ]);
  });

  it.concurrent("zstack: creates a snapshot in a session and follows the job to the inventory", async () => {
    const result = await run(EXAMPLES.zstack);
    expectSuccess(result);
    expect(lines(result.stdout)).toEqual([
      "ZStack volume e60a0fb0b75743c1b0fcb017e31db043: snapshot ec8f396d8a5d48ce8bd949d469c0be62 (Snapshot-1) is Ready, 1.0 GiB",
    ]);
  });

  it.concurrent("waiting: creates a VPC snapshot and waits until it is usable, reporting progress", async () => {
    const result = await run(EXAMPLES.waiting);
    expectSuccess(result);
    expect(lines(result.stdout)).toEqual([
      "Snapshot 20814323 of block storage 3168 requested; waiting until it is usable",
      expect.stringMatching(/^ {2}poll 1 after \d+ s: CREAT$/),
      "Snapshot 20814323 is usable: CREAT (created)",
    ]);
  });
});

describe("examples report errors through the typed guards", () => {
  it.concurrent("says which credentials are missing, and exits 1", async () => {
    const { HUAWEICLOUD_SDK_AK: _ak, HUAWEICLOUD_SDK_SK: _sk, ...env } = EXAMPLES.huaweicloud.env(mocks.urls);
    const result = await run(EXAMPLES.huaweicloud, env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(lines(result.stderr)[0]).toMatch(/^No Huawei Cloud credentials: .*HUAWEICLOUD_SDK_AK/);
  });

  it.concurrent("refuses a bad endpoint setting before sending anything", async () => {
    const env = EXAMPLES.huaweicloud.env(mocks.urls);
    const result = await run(EXAMPLES.huaweicloud, {
      ...env,
      CLOUDSNAP_EXAMPLE_ENDPOINT_EVS: `${env.CLOUDSNAP_EXAMPLE_ENDPOINT_EVS}/v5`,
    });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      "Not sent, the input is invalid: endpoint must be an http(s) origin such as https://host:port, with no path",
    ]);
  });

  it.concurrent("reports the provider's HTTP answer when the call is refused", async () => {
    // The ZStack mock knows no EVS path: Prism answers 404, as a wrong endpoint would.
    const env = {
      ...EXAMPLES.huaweicloud.env(mocks.urls),
      CLOUDSNAP_EXAMPLE_ENDPOINT_EVS: mocks.urls["zstack/volume-snapshots"] ?? "",
    };
    const result = await run(EXAMPLES.huaweicloud, env);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)[0]).toMatch(/^Huawei Cloud refused createSnapshot: HTTP 404 /);
  });

  it.concurrent("prints its usage and exits 2 without arguments", async () => {
    const result = await runExample(EXAMPLES.zstack.file, [], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("usage: zstack-create-snapshot.ts <volumeUuid> [snapshot name]\n");
  });
});

describe("examples catalog", () => {
  it("runs every example in examples/", async () => {
    const files = (await readdir(EXAMPLES_DIR)).filter((f) => f.endsWith(".ts")).sort();
    expect(
      Object.values(EXAMPLES)
        .map((e) => e.file)
        .sort(),
    ).toEqual(files);
  });

  it("every example type-checks against the built cloudsnap types", () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      EXAMPLES_TSCONFIG,
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
        },
      },
    );
    if (!config) throw new Error("examples/tsconfig.json did not parse");
    const program = ts.createProgram(config.fileNames, config.options);
    const errors = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(errors).toEqual([]);
  });
});
