import { describe, expect, it } from "vitest";
import { fromNcloudFile, type NcloudCredentials } from "../../src/providers/ncloud/credentials";
import { memoryFiles, rejectionOf } from "./memory-files";

const PATH = "/home/u/.ncloud/configure";
const CLI_FILE = [
  "[DEFAULT]",
  "ncloud_access_key_id = AKDEFAULT",
  "ncloud_secret_access_key = SKDEFAULT",
  "ncloud_api_url = https://ncloud.apigw.ntruss.com",
  "",
  "[project]",
  "ncloud_access_key_id = AKPROJECT",
  "ncloud_secret_access_key = SKPROJECT",
].join("\n");

describe("fromNcloudFile", () => {
  const found: Array<{ name: string; given: { text: string; profile?: string }; want: NcloudCredentials }> = [
    {
      name: "the [DEFAULT] profile the CLI writes",
      given: { text: CLI_FILE },
      want: { accessKey: "AKDEFAULT", secretKey: "SKDEFAULT" },
    },
    {
      name: "a named profile",
      given: { text: CLI_FILE, profile: "project" },
      want: { accessKey: "AKPROJECT", secretKey: "SKPROJECT" },
    },
    {
      name: "keys without a section (SDK README form)",
      given: { text: "ncloud_access_key_id = AK\nncloud_secret_access_key = SK\n" },
      want: { accessKey: "AK", secretKey: "SK" },
    },
  ];
  it.each(found)("reads $name", async ({ given, want }) => {
    const files = memoryFiles({ [PATH]: given.text });
    const credentials = await fromNcloudFile({ ...files, profile: given.profile })();
    expect({ ...credentials }).toEqual(want);
    expect(files.reads).toEqual([PATH]);
  });

  interface Failing {
    name: string;
    given: { files: Record<string, string | Error>; home?: string | null; profile?: string };
    want: Record<string, unknown>;
  }
  const failing: Failing[] = [
    {
      name: "a missing file",
      given: { files: {} },
      want: { reason: "not-found", message: `${PATH} does not exist`, tried: [PATH] },
    },
    {
      name: "no home directory",
      given: { files: {}, home: "" },
      want: {
        reason: "not-found",
        message: "No home directory, so no ~/.ncloud/configure to read",
        tried: ["~/.ncloud/configure"],
      },
    },
    {
      name: "a file without keys",
      given: { files: { [PATH]: "[DEFAULT]\nncloud_api_url = x\n" } },
      want: {
        reason: "not-found",
        message: `${PATH} has no ncloud_access_key_id / ncloud_secret_access_key in [DEFAULT]`,
      },
    },
    {
      name: "a half-set pair, naming the line",
      given: { files: { [PATH]: "[DEFAULT]\nncloud_access_key_id = AKVALUE\nncloud_secret_access_key =\n" } },
      want: {
        reason: "invalid",
        message: `${PATH}, line 2: ncloud_access_key_id is set but ncloud_secret_access_key is missing in [DEFAULT]`,
      },
    },
    {
      name: "a missing named profile",
      given: { files: { [PATH]: CLI_FILE }, profile: "nope" },
      want: { reason: "invalid", message: `${PATH} has no [nope] profile` },
    },
    {
      name: "a malformed file",
      given: { files: { [PATH]: "[DEFAULT]\nncloud_secret_access_key SKVALUE\n" } },
      want: {
        reason: "invalid",
        message: `Malformed credentials file ${PATH}, line 2: expected "key = value" or "[section]"`,
      },
    },
    {
      name: "an unreadable file",
      given: { files: { [PATH]: Object.assign(new Error("EACCES: denied"), { code: "EACCES" }) } },
      want: { reason: "invalid", message: `Cannot read ${PATH} (EACCES)` },
    },
  ];
  it.each(failing)("rejects $name", async ({ given, want }) => {
    const files = memoryFiles(given.files, given.home === undefined ? "/home/u" : given.home);
    const error = await rejectionOf(fromNcloudFile({ ...files, profile: given.profile })());
    expect(error).toMatchObject({ name: "CredentialsError", tried: [PATH], ...want });
    expect(JSON.stringify(error) + String(error) + error.stack).not.toMatch(/AKVALUE|SKVALUE|SKDEFAULT/);
  });

  it("uses a Windows home directory's separator", async () => {
    const files = memoryFiles({ "C:\\Users\\u\\.ncloud\\configure": CLI_FILE }, "C:\\Users\\u");
    expect((await fromNcloudFile(files)()).accessKey).toBe("AKDEFAULT");
  });
});
