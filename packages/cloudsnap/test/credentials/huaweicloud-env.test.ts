import { describe, expect, it } from "vitest";
import type { Env } from "../../src/core/env";
import { fromHuaweiCloudEnv, type HuaweiCloudCredentials } from "../../src/providers/huaweicloud/credentials";
import { rejectionOf } from "./memory-files";

describe("fromHuaweiCloudEnv", () => {
  const found: Array<{ name: string; given: Env; want: HuaweiCloudCredentials }> = [
    {
      name: "AK/SK only",
      given: { HUAWEICLOUD_SDK_AK: "ak", HUAWEICLOUD_SDK_SK: "sk" },
      want: { accessKey: "ak", secretKey: "sk" },
    },
    {
      name: "temporary keys with a project",
      given: {
        HUAWEICLOUD_SDK_AK: "ak",
        HUAWEICLOUD_SDK_SK: "sk",
        HUAWEICLOUD_SDK_SECURITY_TOKEN: "tok",
        HUAWEICLOUD_SDK_PROJECT_ID: "p1",
      },
      want: { accessKey: "ak", secretKey: "sk", securityToken: "tok", projectId: "p1" },
    },
    {
      name: "empty optional values left out",
      given: { HUAWEICLOUD_SDK_AK: "ak", HUAWEICLOUD_SDK_SK: "sk", HUAWEICLOUD_SDK_SECURITY_TOKEN: "" },
      want: { accessKey: "ak", secretKey: "sk" },
    },
  ];
  it.each(found)("reads $name", async ({ given, want }) => {
    expect({ ...(await fromHuaweiCloudEnv({ env: given })()) }).toEqual(want);
  });

  const failing: Array<{ name: string; given: Env; want: { reason: string; message: string } }> = [
    {
      name: "nothing set",
      given: { HUAWEICLOUD_SDK_PROJECT_ID: "p1" },
      want: {
        reason: "not-found",
        message:
          "Huawei Cloud credentials not set in the environment (HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK)",
      },
    },
    {
      name: "AK without SK",
      given: { HUAWEICLOUD_SDK_AK: "AKVALUE", HUAWEICLOUD_SDK_SK: "" },
      want: { reason: "invalid", message: "HUAWEICLOUD_SDK_AK is set but HUAWEICLOUD_SDK_SK is missing" },
    },
    {
      name: "SK without AK",
      given: { HUAWEICLOUD_SDK_SK: "SKVALUE" },
      want: { reason: "invalid", message: "HUAWEICLOUD_SDK_SK is set but HUAWEICLOUD_SDK_AK is missing" },
    },
  ];
  it.each(failing)("rejects $name", async ({ given, want }) => {
    const error = await rejectionOf(fromHuaweiCloudEnv({ env: given })());
    expect(error).toMatchObject({ name: "CredentialsError", ...want });
    expect(error.tried).toEqual([
      "HUAWEICLOUD_SDK_AK",
      "HUAWEICLOUD_SDK_SK",
      "HUAWEICLOUD_SDK_SECURITY_TOKEN",
      "HUAWEICLOUD_SDK_PROJECT_ID",
    ]);
    expect(JSON.stringify(error) + String(error)).not.toMatch(/AKVALUE|SKVALUE/);
  });
});
