import { describe, expect, it } from "vitest";
import { createDryRun, isDryRunStop } from "../../src/cli/dry-run";
import { run } from "../../src/cli/run";
import { signHuaweiCloudRequest } from "../../src/providers/huaweicloud/signer";
import { schemaProblems } from "./support/events-schema";
import { memoryIo } from "./support/memory-io";

const NCP = {
  NCLOUD_ACCESS_KEY_ID: "AKDRYRUN00000000001",
  NCLOUD_SECRET_ACCESS_KEY: "dry-run-secret-ncloud-0123456789",
};
const HUAWEI = {
  HUAWEICLOUD_SDK_AK: "HWDRYRUN0000000001",
  HUAWEICLOUD_SDK_SK: "dry-run-secret-huawei-0123456789",
  HUAWEICLOUD_SDK_SECURITY_TOKEN: "dry-run-security-token-0123456789",
  HUAWEICLOUD_SDK_PROJECT_ID: "0123456789abcdef0123456789abcdef",
};
const ZSTACK_KEYS = {
  ZSTACK_ACCESS_KEY_ID: "ZSDRYRUN0000000001",
  ZSTACK_ACCESS_KEY_SECRET: "dry-run-secret-zstack-0123456789",
};
const ZSTACK_LOGIN = { ZSTACK_ACCOUNT_NAME: "admin", ZSTACK_ACCOUNT_PASSWORD: "dry-run-password-0123456789" };
const SECRETS = [
  NCP.NCLOUD_SECRET_ACCESS_KEY,
  HUAWEI.HUAWEICLOUD_SDK_SK,
  HUAWEI.HUAWEICLOUD_SDK_SECURITY_TOKEN,
  ZSTACK_KEYS.ZSTACK_ACCESS_KEY_SECRET,
  ZSTACK_LOGIN.ZSTACK_ACCOUNT_PASSWORD,
];
const SIGNATURE_HEADERS = [
  "x-ncp-apigw-signature-v2",
  "x-ncp-iam-access-key",
  "authorization",
  "x-security-token",
  "x-auth-token",
];

async function dryRun(target: string, env: Record<string, string>, ...flags: string[]) {
  const io = memoryIo(env);
  const code = await run(["create", target, "--dry-run", "--endpoint", "http://127.0.0.1:9", ...flags], io);
  const events = io.events();
  const requests = events.filter((e) => e.event === "request") as {
    method: string;
    url: string;
    headers: Record<string, string>;
    body?: string;
  }[];
  return { code, io, events, requests, text: io.out() + io.err() };
}

describe("create --dry-run", () => {
  it.each([
    {
      target: "ncloud-vpc:20803168?region=KR",
      env: NCP,
      last: "/vserver/v2/createBlockStorageSnapshotInstance",
    },
    { target: "ncloud-ses:1037123?bucket=estest", env: NCP, last: "/api/v2/snapshot/createSnapshot/1037123" },
    {
      target: "huaweicloud-evs:2c194dde-7de5-4529-a141-49f48181f411",
      env: HUAWEI,
      last: `/v5/${HUAWEI.HUAWEICLOUD_SDK_PROJECT_ID}/snapshots`,
    },
    {
      target: "zstack:e60a0fb0b75743c1b0fcb017e31db043",
      env: ZSTACK_KEYS,
      last: "/zstack/v1/volumes/e60a0fb0b75743c1b0fcb017e31db043/volume-snapshots",
    },
  ])(
    "shows the signed create for $target with every signature redacted, and sends nothing",
    async ({ target, env, last }) => {
      const { code, events, requests, text } = await dryRun(target, env);
      expect(code).toBe(0);
      expect(requests).toHaveLength(1);
      expect(new URL(requests[0]?.url ?? "").pathname).toBe(last);
      const headers = requests[0]?.headers ?? {};
      const signed = SIGNATURE_HEADERS.filter((name) => name in headers);
      expect(signed.length).toBeGreaterThan(0);
      for (const name of signed) expect(headers[name], name).toBe("***");
      for (const secret of SECRETS) expect(text).not.toContain(secret);
      expect(events.at(-1)).toMatchObject({ event: "dry-run", sent: 0, requests: 1 });
      expect(schemaProblems(events)).toStrictEqual([]);
    },
  );

  it("answers the Classic NAS capacity reads with labelled placeholders, then shows the create", async () => {
    const { code, requests, events } = await dryRun("ncloud-nas:23420000", NCP);
    expect(code).toBe(0);
    expect(requests.map((r) => new URL(r.url).pathname.split("/").pop())).toStrictEqual([
      "getNasVolumeInstanceList",
      "getNasVolumeSnapshotList",
      "createNasVolumeSnapshot",
    ]);
    expect(
      requests
        .slice(0, 2)
        .every((r) => /^placeholder: /.test(String((r as { placeholderAnswer?: string }).placeholderAnswer))),
    ).toBe(true);
    expect(schemaProblems(events)).toStrictEqual([]);
  });

  it("skips the capacity reads with --accept-capacity-risk", async () => {
    const { requests } = await dryRun("ncloud-nas:23420000", NCP, "--accept-capacity-risk");
    expect(requests.map((r) => new URL(r.url).pathname)).toStrictEqual([
      "/server/v2/createNasVolumeSnapshot",
    ]);
  });

  it("stops before a ZStack login and masks the password", async () => {
    const { code, requests, events, text } = await dryRun(
      "zstack:e60a0fb0b75743c1b0fcb017e31db043",
      ZSTACK_LOGIN,
    );
    expect(code).toBe(0);
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toStrictEqual([
      "PUT /zstack/v1/accounts/login",
    ]);
    expect(requests[0]?.body).toContain('"password":"***"');
    expect(text).not.toContain(ZSTACK_LOGIN.ZSTACK_ACCOUNT_PASSWORD);
    expect(String(events.at(-1)?.message)).toMatch(/never logs in/);
  });

  it("needs credentials like a real run (exit 3), and sends nothing", async () => {
    const { code, events } = await dryRun("ncloud-vpc:20803168", {});
    expect(code).toBe(3);
    expect(events).toMatchObject([{ event: "error", error: { name: "CredentialsError", exitCode: 3 } }]);
  });
});

describe("createDryRun", () => {
  it("redacts a Huawei signature, its security token, and any known secret in URL or body", async () => {
    const secrets = ["known-secret-value-0123"];
    const seen: unknown[] = [];
    const dry = createDryRun(secrets, (request) => seen.push(request));
    const signed = await signHuaweiCloudRequest(
      new Request(
        "https://evs.cn-north-4.myhuaweicloud.com/v5/p/snapshots?password=hunter2-hunter2&x=known-secret-value-0123",
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            snapshot: { name: "n", password: "p4ssw0rd-p4ssw0rd", note: "known-secret-value-0123" },
          }),
        },
      ),
      {
        accessKey: "HWKEY000000000001",
        secretKey: "huawei-secret-0123456789",
        securityToken: "token-0123456789abcdef",
      },
    );
    const answer = dry.fetch(signed);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(dry.signal.aborted).toBe(true);
    expect(isDryRunStop(dry.signal.reason)).toBe(true);
    const printed = JSON.stringify(seen);
    for (const secret of [
      "hunter2-hunter2",
      "p4ssw0rd-p4ssw0rd",
      "known-secret-value-0123",
      "huawei-secret-0123456789",
      "token-0123456789abcdef",
    ]) {
      expect(printed).not.toContain(secret);
    }
    expect(seen).toMatchObject([{ headers: { authorization: "***", "x-security-token": "***" } }]);
    // The answer never comes: the call gives up on the abort.
    expect(
      await Promise.race([
        answer.then(() => "answered"),
        new Promise((r) => setTimeout(() => r("pending"), 20)),
      ]),
    ).toBe("pending");
  });
});
