import { describe, expect, it } from "vitest";
import { fromStatic, resolveCredentialSource } from "../../src/core/credentials";
import type { NcloudCredentials } from "../../src/providers/ncloud/credentials";
import { rejectionOf } from "./memory-files";

describe("fromStatic and resolveCredentialSource", () => {
  const credentials: NcloudCredentials = { accessKey: "AKSTATIC123", secretKey: "SKSTATIC" };

  it("yields the given credentials", async () => {
    expect({ ...(await fromStatic(credentials)()) }).toEqual(credentials);
  });

  const sources = [
    { name: "a value", given: credentials },
    { name: "a provider", given: async () => credentials },
    { name: "fromStatic", given: fromStatic(credentials) },
  ];
  it.each(sources)("resolves $name", async ({ given }) => {
    expect({ ...(await resolveCredentialSource<NcloudCredentials>(given)) }).toEqual(credentials);
  });

  const empty = [
    {
      name: "an empty secret",
      given: { accessKey: "AK", secretKey: "" },
      want: 'Credentials field "secretKey" is empty',
    },
    {
      name: "a blank key",
      given: { accessKey: "  ", secretKey: "SK" },
      want: 'Credentials field "accessKey" is empty',
    },
  ];
  it.each(empty)("rejects $name instead of signing with it", async ({ given, want }) => {
    expect(() => fromStatic(given)).toThrow(want);
    const error = await rejectionOf(resolveCredentialSource(given));
    expect(error).toMatchObject({ name: "CredentialsError", reason: "invalid", message: want });
  });
});
