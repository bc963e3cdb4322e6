import { describe, expect, it } from "vitest";
import { createAkSkAuthorizer } from "../../../src/providers/huaweicloud/auth";
import { authorize } from "../../support/authorize";

const KEYS = { accessKey: "HWUNITAK000000000001", secretKey: "unit-secret-huawei-0123456789" };
const NOW = () => new Date("2025-03-01T12:00:00Z");

function signedHeaders(request: Request): string[] {
  return (/SignedHeaders=([^,]+)/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "").split(";");
}

describe("createAkSkAuthorizer", () => {
  const projects = [
    {
      name: "the client's project id",
      given: { option: "p-option", credentials: "p-cred" },
      want: "p-option",
    },
    {
      name: "the credentials' project id",
      given: { option: undefined, credentials: "p-cred" },
      want: "p-cred",
    },
  ];
  it.each(projects)("signs X-Project-Id with $name", async ({ given, want }) => {
    const authorizer = createAkSkAuthorizer({ ...KEYS, projectId: given.credentials }, () => given.option, {
      now: NOW,
    });
    const signed = await authorize(authorizer, new Request("https://evs.example.test/v5/p/snapshots"));
    expect(signed.headers.get("x-project-id")).toBe(want);
    expect(signedHeaders(signed)).toEqual(["host", "x-project-id", "x-sdk-date"]);
  });

  it("sends no X-Project-Id when no project id is known", async () => {
    const signed = await authorize(
      createAkSkAuthorizer(KEYS, () => undefined, { now: NOW }),
      new Request("https://evs.example.test/v5/p/snapshots"),
    );
    expect(signed.headers.has("x-project-id")).toBe(false);
    expect(signedHeaders(signed)).toEqual(["host", "x-sdk-date"]);
  });

  it("signs a temporary key's security token and lists it as a secret", async () => {
    const authorizer = createAkSkAuthorizer({ ...KEYS, securityToken: "sts-token" }, () => undefined, {
      now: NOW,
    });
    expect(authorizer.secrets()).toEqual([]);
    const signed = await authorize(authorizer, new Request("https://evs.example.test/v5/p/snapshots"));
    expect(signed.headers.get("x-security-token")).toBe("sts-token");
    expect(signedHeaders(signed)).toContain("x-security-token");
    expect(authorizer.secrets()).toEqual([KEYS.secretKey, "sts-token"]);
  });
});
