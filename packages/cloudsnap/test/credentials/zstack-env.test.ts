import { describe, expect, it } from "vitest";
import type { Env } from "../../src/core/env";
import {
  fromZStackAccessKeyEnv,
  fromZStackEnv,
  fromZStackSessionEnv,
  isZStackAccessKeyCredentials,
  type ZStackCredentials,
} from "../../src/providers/zstack/credentials";
import { rejectionOf } from "./memory-files";

const SESSION = { ZSTACK_ACCOUNT_NAME: "admin", ZSTACK_ACCOUNT_PASSWORD: "PWVALUE" };
const ACCESS_KEY = { ZSTACK_ACCESS_KEY_ID: "kid", ZSTACK_ACCESS_KEY_SECRET: "KSVALUE" };
const ALL = [
  "ZSTACK_ACCESS_KEY_ID",
  "ZSTACK_ACCESS_KEY_SECRET",
  "ZSTACK_ACCOUNT_NAME",
  "ZSTACK_ACCOUNT_PASSWORD",
];

describe("fromZStackEnv", () => {
  const found: Array<{ name: string; given: Env; want: ZStackCredentials }> = [
    { name: "an account login", given: SESSION, want: { accountName: "admin", password: "PWVALUE" } },
    {
      name: "an AccessKey pair",
      given: ACCESS_KEY,
      want: { accessKeyId: "kid", accessKeySecret: "KSVALUE" },
    },
    {
      name: "the AccessKey pair when both are set",
      given: { ...SESSION, ...ACCESS_KEY },
      want: { accessKeyId: "kid", accessKeySecret: "KSVALUE" },
    },
  ];
  it.each(found)("reads $name", async ({ given, want }) => {
    const credentials = await fromZStackEnv({ env: given })();
    expect({ ...credentials }).toEqual(want);
    expect(isZStackAccessKeyCredentials(credentials)).toBe("accessKeyId" in want);
  });

  const failing: Array<{
    name: string;
    given: Env;
    want: { reason: string; message: string; tried: string[] };
  }> = [
    {
      name: "nothing set, listing all four variables",
      given: {},
      want: {
        reason: "not-found",
        message:
          "No credentials found: ZStack AccessKey credentials not set in the environment (ZSTACK_ACCESS_KEY_ID, " +
          "ZSTACK_ACCESS_KEY_SECRET); ZStack account credentials not set in the environment (ZSTACK_ACCOUNT_NAME, " +
          "ZSTACK_ACCOUNT_PASSWORD)",
        tried: ALL,
      },
    },
    {
      name: "a half-set AccessKey pair even when a login is set",
      given: { ...SESSION, ZSTACK_ACCESS_KEY_ID: "kid" },
      want: {
        reason: "invalid",
        message: "ZSTACK_ACCESS_KEY_ID is set but ZSTACK_ACCESS_KEY_SECRET is missing",
        tried: ALL.slice(0, 2),
      },
    },
    {
      name: "a password without an account name",
      given: { ZSTACK_ACCOUNT_PASSWORD: "PWVALUE" },
      want: {
        reason: "invalid",
        message: "ZSTACK_ACCOUNT_PASSWORD is set but ZSTACK_ACCOUNT_NAME is missing",
        tried: ALL,
      },
    },
  ];
  it.each(failing)("rejects $name", async ({ given, want }) => {
    const error = await rejectionOf(fromZStackEnv({ env: given })());
    expect(error).toMatchObject({ name: "CredentialsError", ...want });
    expect(JSON.stringify(error) + String(error) + error.stack).not.toMatch(/PWVALUE|KSVALUE/);
  });

  it("offers each kind on its own", async () => {
    expect({ ...(await fromZStackSessionEnv({ env: { ...SESSION, ...ACCESS_KEY } })()) }).toEqual({
      accountName: "admin",
      password: "PWVALUE",
    });
    expect((await rejectionOf(fromZStackAccessKeyEnv({ env: SESSION })())).reason).toBe("not-found");
  });
});
