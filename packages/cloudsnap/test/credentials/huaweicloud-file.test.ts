import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fromHuaweiCloudFile,
  type HuaweiCloudCredentials,
} from "../../src/providers/huaweicloud/credentials";
import { memoryFiles, rejectionOf } from "./memory-files";

const PATH = "/home/u/.huaweicloud/credentials";
const SDK_FILE = [
  "[basic]",
  "ak = AKBASIC",
  "sk = SKBASIC",
  "project_id = p1",
  "security_token = TOKBASIC",
  "iam_endpoint = https://iam.example",
  "",
  "[global]",
  "ak = AKGLOBAL",
  "sk = SKGLOBAL",
  "domain_id = d1",
].join("\n");

describe("fromHuaweiCloudFile", () => {
  const found: Array<{
    name: string;
    given: { files: Record<string, string>; env?: Record<string, string> };
    want: HuaweiCloudCredentials;
  }> = [
    {
      name: "[basic] with token and project",
      given: { files: { [PATH]: SDK_FILE } },
      want: { accessKey: "AKBASIC", secretKey: "SKBASIC", securityToken: "TOKBASIC", projectId: "p1" },
    },
    {
      name: "the file named by HUAWEICLOUD_SDK_CREDENTIALS_FILE",
      given: {
        files: { "/etc/hw": "[basic]\nak = A2\nsk = S2\n", [PATH]: SDK_FILE },
        env: { HUAWEICLOUD_SDK_CREDENTIALS_FILE: "/etc/hw" },
      },
      want: { accessKey: "A2", secretKey: "S2" },
    },
  ];
  it.each(found)("reads $name", async ({ given, want }) => {
    const credentials = await fromHuaweiCloudFile({ ...memoryFiles(given.files), env: given.env ?? {} })();
    expect({ ...credentials }).toEqual(want);
  });

  interface Failing {
    name: string;
    given: { files: Record<string, string>; home?: string | null; env?: Record<string, string> };
    want: Record<string, unknown>;
  }
  const failing: Failing[] = [
    {
      name: "a missing default file",
      given: { files: {} },
      want: {
        reason: "not-found",
        message: `${PATH} does not exist`,
        tried: ["HUAWEICLOUD_SDK_CREDENTIALS_FILE", PATH],
      },
    },
    {
      name: "a missing file named by the environment",
      given: { files: { [PATH]: SDK_FILE }, env: { HUAWEICLOUD_SDK_CREDENTIALS_FILE: "/nope" } },
      want: {
        reason: "invalid",
        message: "/nope does not exist",
        tried: ["HUAWEICLOUD_SDK_CREDENTIALS_FILE", "/nope"],
      },
    },
    {
      name: "no home directory",
      given: { files: {}, home: null },
      want: {
        reason: "not-found",
        tried: ["HUAWEICLOUD_SDK_CREDENTIALS_FILE", "~/.huaweicloud/credentials"],
      },
    },
    {
      name: "only a [global] section",
      given: { files: { [PATH]: "[global]\nak = A\nsk = S\n" } },
      want: { reason: "not-found", message: `${PATH} has no ak / sk in [basic]` },
    },
    {
      name: "sk without ak",
      given: { files: { [PATH]: "[basic]\n\nsk = SKVALUE\n" } },
      want: {
        reason: "invalid",
        message: `${PATH}, line 3: sk is set but ak is missing in [basic]`,
        tried: ["HUAWEICLOUD_SDK_CREDENTIALS_FILE", PATH],
      },
    },
    {
      name: "a malformed line",
      given: { files: { [PATH]: "[basic]\nak = A\nSKVALUE\n" } },
      want: {
        reason: "invalid",
        message: `Malformed credentials file ${PATH}, line 3: expected "key = value" or "[section]"`,
      },
    },
  ];
  it.each(failing)("rejects $name", async ({ given, want }) => {
    const files = memoryFiles(given.files, given.home === undefined ? "/home/u" : given.home);
    const error = await rejectionOf(fromHuaweiCloudFile({ ...files, env: given.env ?? {} })());
    expect(error).toMatchObject({ name: "CredentialsError", ...want });
    expect(JSON.stringify(error) + String(error) + error.stack).not.toMatch(/SKVALUE|SKBASIC/);
  });

  describe("with the real file system", () => {
    let dir = "";
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "cloudsnap-hw-"));
      await writeFile(join(dir, "credentials"), "[basic]\nak = FSAK\nsk = FSSK\n");
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it("reads an explicit path through the default node:fs loader", async () => {
      const credentials = await fromHuaweiCloudFile({ path: join(dir, "credentials") })();
      expect([credentials.accessKey, credentials.secretKey]).toEqual(["FSAK", "FSSK"]);
    });

    it("reports a missing explicit path as invalid", async () => {
      const error = await rejectionOf(fromHuaweiCloudFile({ path: join(dir, "missing") })());
      expect(error).toMatchObject({ reason: "invalid", tried: [join(dir, "missing")] });
    });
  });
});
