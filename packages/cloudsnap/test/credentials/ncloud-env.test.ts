import { describe, expect, it } from "vitest";
import type { Env } from "../../src/core/env";
import { fromNcloudEnv } from "../../src/providers/ncloud/credentials";
import { rejectionOf } from "./memory-files";

const ALL = ["NCLOUD_ACCESS_KEY_ID", "NCLOUD_ACCESS_KEY", "NCLOUD_SECRET_ACCESS_KEY", "NCLOUD_SECRET_KEY"];

describe("fromNcloudEnv", () => {
  const found: Array<{ name: string; given: Env; want: { accessKey: string; secretKey: string } }> = [
    {
      name: "the SDK names",
      given: { NCLOUD_ACCESS_KEY_ID: "ak1", NCLOUD_SECRET_ACCESS_KEY: "sk1" },
      want: { accessKey: "ak1", secretKey: "sk1" },
    },
    {
      name: "the Terraform names",
      given: { NCLOUD_ACCESS_KEY: "ak2", NCLOUD_SECRET_KEY: "sk2" },
      want: { accessKey: "ak2", secretKey: "sk2" },
    },
    {
      name: "the SDK names winning over the Terraform names",
      given: {
        NCLOUD_ACCESS_KEY_ID: "ak1",
        NCLOUD_ACCESS_KEY: "ak2",
        NCLOUD_SECRET_ACCESS_KEY: "sk1",
        NCLOUD_SECRET_KEY: "sk2",
      },
      want: { accessKey: "ak1", secretKey: "sk1" },
    },
    {
      name: "an empty first name falling through to the alternative",
      given: {
        NCLOUD_ACCESS_KEY_ID: "",
        NCLOUD_ACCESS_KEY: "ak2",
        NCLOUD_SECRET_ACCESS_KEY: " ",
        NCLOUD_SECRET_KEY: "sk2",
      },
      want: { accessKey: "ak2", secretKey: "sk2" },
    },
    {
      name: "a mixed pair",
      given: { NCLOUD_ACCESS_KEY_ID: "ak1", NCLOUD_SECRET_KEY: "sk2" },
      want: { accessKey: "ak1", secretKey: "sk2" },
    },
  ];
  it.each(found)("reads $name", async ({ given, want }) => {
    expect({ ...(await fromNcloudEnv({ env: given })()) }).toEqual(want);
  });

  const failing: Array<{ name: string; given: Env; want: { reason: string; message: RegExp } }> = [
    { name: "nothing set", given: {}, want: { reason: "not-found", message: /not set in the environment/ } },
    {
      name: "only empty values",
      given: { NCLOUD_ACCESS_KEY_ID: "", NCLOUD_SECRET_ACCESS_KEY: "" },
      want: { reason: "not-found", message: /not set/ },
    },
    {
      name: "a key without a secret",
      given: { NCLOUD_ACCESS_KEY: "AKVALUE" },
      want: {
        reason: "invalid",
        message: /^NCLOUD_ACCESS_KEY is set but NCLOUD_SECRET_ACCESS_KEY or NCLOUD_SECRET_KEY is missing$/,
      },
    },
    {
      name: "a secret without a key",
      given: { NCLOUD_SECRET_ACCESS_KEY: "SKVALUE" },
      want: {
        reason: "invalid",
        message: /^NCLOUD_SECRET_ACCESS_KEY is set but NCLOUD_ACCESS_KEY_ID or NCLOUD_ACCESS_KEY is missing$/,
      },
    },
  ];
  it.each(failing)("rejects $name", async ({ given, want }) => {
    const error = await rejectionOf(fromNcloudEnv({ env: given })());
    expect(error.name).toBe("CredentialsError");
    expect(error.reason).toBe(want.reason);
    expect(error.message).toMatch(want.message);
    expect(error.tried).toEqual(ALL);
    expect(JSON.stringify(error) + String(error)).not.toMatch(/AKVALUE|SKVALUE/);
  });
});
