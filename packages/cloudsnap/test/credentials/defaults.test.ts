import { describe, expect, it } from "vitest";
import { defaultHuaweiCloudCredentials } from "../../src/providers/huaweicloud/credentials";
import { defaultNcloudCredentials } from "../../src/providers/ncloud/credentials";
import { defaultZStackCredentials } from "../../src/providers/zstack/credentials";
import { memoryFiles, rejectionOf } from "./memory-files";

const NCP_FILE = "[DEFAULT]\nncloud_access_key_id = FILEAK\nncloud_secret_access_key = FILESK\n";
const HW_FILE = "[basic]\nak = FILEAK\nsk = FILESK\n";

describe("default chains", () => {
  const cases = [
    {
      name: "NCP prefers the environment",
      given: () =>
        defaultNcloudCredentials({
          env: { NCLOUD_ACCESS_KEY: "ENVAK", NCLOUD_SECRET_KEY: "ENVSK" },
          ...memoryFiles({ "/home/u/.ncloud/configure": NCP_FILE }),
        }),
      want: "ENVAK",
    },
    {
      name: "NCP falls back to the file",
      given: () =>
        defaultNcloudCredentials({ env: {}, ...memoryFiles({ "/home/u/.ncloud/configure": NCP_FILE }) }),
      want: "FILEAK",
    },
    {
      name: "Huawei prefers the environment",
      given: () =>
        defaultHuaweiCloudCredentials({
          env: { HUAWEICLOUD_SDK_AK: "ENVAK", HUAWEICLOUD_SDK_SK: "ENVSK" },
          ...memoryFiles({ "/home/u/.huaweicloud/credentials": HW_FILE }),
        }),
      want: "ENVAK",
    },
    {
      name: "Huawei falls back to the file",
      given: () =>
        defaultHuaweiCloudCredentials({
          env: {},
          ...memoryFiles({ "/home/u/.huaweicloud/credentials": HW_FILE }),
        }),
      want: "FILEAK",
    },
  ];
  it.each(cases)("$name", async ({ given, want }) => {
    expect((await given()()).accessKey).toBe(want);
  });

  it("ZStack reads the environment", async () => {
    const provider = defaultZStackCredentials({
      env: { ZSTACK_ACCOUNT_NAME: "admin", ZSTACK_ACCOUNT_PASSWORD: "pw" },
    });
    expect({ ...(await provider()) }).toEqual({ accountName: "admin", password: "pw" });
  });

  it("a half-set environment pair does not fall back to the file", async () => {
    const files = memoryFiles({ "/home/u/.ncloud/configure": NCP_FILE });
    const error = await rejectionOf(
      defaultNcloudCredentials({ env: { NCLOUD_ACCESS_KEY: "ENVAK" }, ...files })(),
    );
    expect(error).toMatchObject({
      reason: "invalid",
      message: expect.stringContaining("NCLOUD_ACCESS_KEY is set"),
    });
    expect(files.reads).toEqual([]);
  });

  it("reads the file once and then serves the memoized value", async () => {
    const files = memoryFiles({ "/home/u/.ncloud/configure": NCP_FILE });
    const provider = defaultNcloudCredentials({ env: {}, ...files });
    await Promise.all([provider(), provider()]);
    await provider();
    expect(files.reads).toEqual(["/home/u/.ncloud/configure"]);
  });

  it("lists everything tried, and never an empty string, when nothing is configured", async () => {
    const error = await rejectionOf(defaultHuaweiCloudCredentials({ env: {}, ...memoryFiles({}) })());
    expect(error.tried).toEqual([
      "HUAWEICLOUD_SDK_AK",
      "HUAWEICLOUD_SDK_SK",
      "HUAWEICLOUD_SDK_SECURITY_TOKEN",
      "HUAWEICLOUD_SDK_PROJECT_ID",
      "HUAWEICLOUD_SDK_CREDENTIALS_FILE",
      "/home/u/.huaweicloud/credentials",
    ]);
  });
});
