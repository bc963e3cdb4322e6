import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { fromStatic, protectCredentials, redactCredentials } from "../../src/core/credentials";
import { fromHuaweiCloudEnv } from "../../src/providers/huaweicloud/credentials";
import { fromNcloudEnv } from "../../src/providers/ncloud/credentials";
import { fromZStackEnv } from "../../src/providers/zstack/credentials";

const SECRET = "SECRETCANARY42";

describe("protected credentials", () => {
  const cases = [
    {
      name: "NCP",
      given: () =>
        fromNcloudEnv({ env: { NCLOUD_ACCESS_KEY_ID: "AKID12345678", NCLOUD_SECRET_KEY: SECRET } })(),
      want: { accessKey: "AKID***", secretKey: "***" },
    },
    {
      name: "Huawei with a token",
      given: () =>
        fromHuaweiCloudEnv({
          env: {
            HUAWEICLOUD_SDK_AK: "HWAK12345678",
            HUAWEICLOUD_SDK_SK: SECRET,
            HUAWEICLOUD_SDK_SECURITY_TOKEN: SECRET,
            HUAWEICLOUD_SDK_PROJECT_ID: "p1",
          },
        })(),
      want: { accessKey: "HWAK***", secretKey: "***", securityToken: "***", projectId: "p1" },
    },
    {
      name: "ZStack login",
      given: () =>
        fromZStackEnv({ env: { ZSTACK_ACCOUNT_NAME: "admin", ZSTACK_ACCOUNT_PASSWORD: SECRET } })(),
      want: { accountName: "admin", password: "***" },
    },
    {
      name: "ZStack AccessKey (short id fully masked)",
      given: () =>
        fromZStackEnv({ env: { ZSTACK_ACCESS_KEY_ID: "short", ZSTACK_ACCESS_KEY_SECRET: SECRET } })(),
      want: { accessKeyId: "***", accessKeySecret: "***" },
    },
    {
      name: "static IAM user",
      given: () =>
        fromStatic({ userName: "u", password: SECRET, domainName: "d", projectName: "cn-north-4" })(),
      want: { userName: "u", password: "***", domainName: "d", projectName: "cn-north-4" },
    },
  ];

  it.each(cases)("$name prints redacted through JSON and console.log", async ({ given, want }) => {
    const credentials = await given();
    expect(JSON.parse(JSON.stringify(credentials))).toEqual(want);
    expect(JSON.stringify({ nested: credentials })).not.toContain(SECRET);
    expect(inspect(credentials)).not.toContain(SECRET);
    expect(inspect({ nested: [credentials] }, { depth: 5 })).not.toContain(SECRET);
    expect(`${String(credentials)}`).not.toContain(SECRET);
  });

  it("keeps the fields usable: enumerable, destructurable, frozen", () => {
    const credentials = protectCredentials({ accessKey: "AK", secretKey: SECRET });
    const { secretKey } = credentials;
    expect(secretKey).toBe(SECRET);
    expect(Object.keys(credentials)).toEqual(["accessKey", "secretKey"]);
    expect(Object.isFrozen(credentials)).toBe(true);
  });

  it("does not change the object it was given", () => {
    const given = { accessKey: "AK", secretKey: SECRET };
    protectCredentials(given);
    expect(JSON.stringify(given)).toContain(SECRET);
  });

  it("redactCredentials skips undefined fields", () => {
    expect(redactCredentials({ accessKey: "AK", secretKey: "x", securityToken: undefined })).toEqual({
      accessKey: "***",
      secretKey: "***",
    });
  });
});
