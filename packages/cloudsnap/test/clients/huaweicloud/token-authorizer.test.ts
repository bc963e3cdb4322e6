import { describe, expect, it } from "vitest";
import { createTransport } from "../../../src/core/call-options";
import { DecodeError } from "../../../src/core/errors";
import { AuthenticationError } from "../../../src/core/http-errors";
import type { Answer as RawResponse } from "../../../src/core/provider";
import type { HuaweiCloudIamUserCredentials } from "../../../src/providers/huaweicloud/credentials";
import { createTokenAuthorizer, iamBinding } from "../../../src/providers/huaweicloud/token";
import { authorize } from "../../support/authorize";
import { json, recordingFetch } from "../support/recording-fetch";
import { tokenCreated } from "./support/iam-answers";

const USER = { userName: "ops", password: "unit-password-huawei", domainName: "example-account" };
const START = Date.parse("2025-03-01T12:00:00Z");
const MINUTE = 60_000;

function authorizerWith(
  answer: () => Response,
  user: HuaweiCloudIamUserCredentials = USER,
  clock = { now: START },
) {
  const { fetch, seen } = recordingFetch(answer);
  const authorizer = createTokenAuthorizer(user, {
    iam: iamBinding(
      { origin: "https://iam.example.test", host: "iam.example.test" },
      createTransport("test", { fetch }),
    ),
    region: "cn-north-4",
    now: () => new Date(clock.now),
  });
  const tokenOf = async () =>
    (await authorize(authorizer, new Request("https://evs.example.test/x"))).headers.get("x-auth-token");
  return { authorizer, seen, tokenOf, clock };
}

function response(status: number, text: string): RawResponse {
  return { status, text, headers: new Headers(), method: "GET", url: "https://evs.example.test/x" };
}

describe("createTokenAuthorizer", () => {
  it("shares one createToken between concurrent calls", async () => {
    let issued = 0;
    const { seen, tokenOf } = authorizerWith(() =>
      tokenCreated(`t-${++issued}`, new Date(START + 24 * 60 * MINUTE)),
    );
    expect(await Promise.all([tokenOf(), tokenOf(), tokenOf()])).toEqual(["t-1", "t-1", "t-1"]);
    expect(seen).toHaveLength(1);
  });

  const lifetimes = [
    {
      name: "keeps a token that is valid for more than 5 more minutes",
      given: 6 * MINUTE,
      want: ["t-1", "t-1"],
    },
    { name: "renews a token that expires within 5 minutes", given: 4 * MINUTE, want: ["t-1", "t-2"] },
  ];
  it.each(lifetimes)("$name", async ({ given, want }) => {
    let issued = 0;
    const { tokenOf, clock } = authorizerWith(() =>
      tokenCreated(`t-${++issued}`, new Date(clock.now + given)),
    );
    const first = await tokenOf();
    clock.now += 30_000;
    expect([first, await tokenOf()]).toEqual(want);
  });

  const scopes = [
    { name: "the project id", given: { ...USER, projectId: "p-id" }, want: { project: { id: "p-id" } } },
    {
      name: "the project name",
      given: { ...USER, projectName: "cn-east-3" },
      want: { project: { name: "cn-east-3" } },
    },
    { name: "the region when neither is set", given: USER, want: { project: { name: "cn-north-4" } } },
  ];
  it.each(scopes)("scopes the token to $name", async ({ given, want }) => {
    const { seen, tokenOf } = authorizerWith(() => tokenCreated("t", new Date(START + 60 * MINUTE)), given);
    await tokenOf();
    expect((JSON.parse(seen[0]?.body ?? "{}") as { auth: { scope: unknown } }).auth.scope).toEqual(want);
  });

  it("raises IAM's refusal as an AuthenticationError that never shows the password", async () => {
    const { tokenOf } = authorizerWith(() =>
      json({ error_code: "IAM.0011", error_msg: `wrong password ${USER.password}` }, 401),
    );
    const error = await tokenOf().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ operation: "createToken", code: "IAM.0011" });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(USER.password);
  });

  it("raises a DecodeError when IAM answers without X-Subject-Token", async () => {
    const { tokenOf } = authorizerWith(() => {
      const answer = tokenCreated("t", new Date(START + 60 * MINUTE));
      answer.headers.delete("x-subject-token");
      return answer;
    });
    await expect(tokenOf()).rejects.toBeInstanceOf(DecodeError);
  });

  const verdicts = [
    {
      name: "a 401 saying the token expires",
      given: response(401, '{"error_msg":"token expires"}'),
      want: true,
    },
    {
      name: "a 401 saying the token must be updated",
      given: response(401, "The token must be updated"),
      want: true,
    },
    {
      name: "a 401 about something else",
      given: response(401, '{"error_msg":"bad signature"}'),
      want: false,
    },
    { name: "a 403 that mentions expiry", given: response(403, "expired"), want: false },
  ];
  it.each(verdicts)("asks for a resend after $name: $want", async ({ given, want }) => {
    const { authorizer } = authorizerWith(() => tokenCreated("t", new Date(START + 60 * MINUTE)));
    expect(
      await authorizer.recover?.(given, { headers: {}, secrets: [] }, new AbortController().signal),
    ).toBe(want);
  });

  it("lists the token and the password as secrets once it has them", async () => {
    const { authorizer, tokenOf } = authorizerWith(() =>
      tokenCreated("tok-XYZ", new Date(START + 60 * MINUTE)),
    );
    expect(authorizer.secrets()).toEqual([]);
    await tokenOf();
    expect(authorizer.secrets()).toEqual(["tok-XYZ", USER.password]);
  });
});
