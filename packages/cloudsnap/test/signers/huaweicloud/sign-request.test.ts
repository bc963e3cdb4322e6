import { describe, expect, it } from "vitest";
import { cryptoPort } from "../../../src/crypto/node.js";
import { signHuaweiCloudRequest } from "../../../src/providers/huaweicloud/signer";
import { snapshotRequest } from "../support/snapshot-request.js";

const credentials = {
  accessKey: "QTWAOYTTINDUT2QVKYUC",
  secretKey: "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc",
};
const now = () => new Date("2024-01-01T00:00:00Z");
const PID = "0123456789abcdef0123456789abcdef";
const create = (init: RequestInit = {}) =>
  new Request(`https://evs.cn-north-4.myhuaweicloud.com/v5/${PID}/snapshots`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Project-Id": PID },
    body: '{"snapshot":{"volume_id":"v"}}',
    ...init,
  });
const signedHeadersOf = (request: Request) =>
  /SignedHeaders=([^,]+)/.exec(request.headers.get("authorization") ?? "")?.[1];

describe("signHuaweiCloudRequest", () => {
  it("returns a new request and leaves the input untouched", async () => {
    const input = create();
    const before = await snapshotRequest(input);
    const signed = await signHuaweiCloudRequest(input, credentials, { now });
    expect(signed).not.toBe(input);
    expect(await snapshotRequest(input)).toEqual(before);
    expect(input.headers.has("authorization")).toBe(false);
  });

  it("sets X-Sdk-Date from the clock and sends the same body", async () => {
    const signed = await signHuaweiCloudRequest(create(), credentials, { now });
    expect(signed.headers.get("x-sdk-date")).toBe("20240101T000000Z");
    expect(await signed.text()).toBe('{"snapshot":{"volume_id":"v"}}');
  });

  it("signs content-type, host, x-project-id and x-sdk-date, and leaves other headers unsigned but sent", async () => {
    const input = create({
      headers: { "Content-Type": "application/json", "X-Project-Id": PID, "X-Auth-Extra": "1" },
    });
    const signed = await signHuaweiCloudRequest(input, credentials, { now });
    expect(signedHeadersOf(signed)).toBe("content-type;host;x-project-id;x-sdk-date");
    expect(signed.headers.get("x-auth-extra")).toBe("1");
  });

  it("sets and signs X-Security-Token for temporary credentials", async () => {
    const signed = await signHuaweiCloudRequest(create(), { ...credentials, securityToken: "tok" }, { now });
    expect(signed.headers.get("x-security-token")).toBe("tok");
    expect(signedHeadersOf(signed)).toBe("content-type;host;x-project-id;x-sdk-date;x-security-token");
  });

  it("signs the Content-Type that fetch adds to a string body", async () => {
    const input = new Request("https://evs.example.com/v5/p/snapshots", { method: "POST", body: "{}" });
    const signed = await signHuaweiCloudRequest(input, credentials, { now });
    expect(signed.headers.get("content-type")).toBe("text/plain;charset=UTF-8");
    expect(signedHeadersOf(signed)).toBe("content-type;host;x-sdk-date");
  });

  it("hashes exactly the bytes sent, even when they are not UTF-8", async () => {
    const bytes = new Uint8Array([0xff, 0x00, 0xc3]);
    const a = await signHuaweiCloudRequest(create({ body: bytes }), credentials, { now });
    const b = await signHuaweiCloudRequest(
      create({ body: new Uint8Array([0xff, 0x00, 0xc4]) }),
      credentials,
      { now },
    );
    expect(new Uint8Array(await a.arrayBuffer())).toEqual(bytes);
    expect(a.headers.get("authorization")).not.toBe(b.headers.get("authorization"));
    expect(await cryptoPort.sha256Hex(bytes)).not.toBe(await cryptoPort.sha256Hex(""));
  });

  it("replaces a stale X-Sdk-Date and Authorization", async () => {
    const input = create({ headers: { "X-Sdk-Date": "19990101T000000Z", Authorization: "old" } });
    const signed = await signHuaweiCloudRequest(input, credentials, { now });
    expect(signed.headers.get("x-sdk-date")).toBe("20240101T000000Z");
    expect(signed.headers.get("authorization")).toMatch(/^SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, /);
  });

  it.each([
    {
      name: "a missing access key",
      given: { credentials: { ...credentials, accessKey: "" }, url: create().url },
    },
    {
      name: "a missing secret key",
      given: { credentials: { ...credentials, secretKey: "" }, url: create().url },
    },
    {
      name: "an empty security token",
      given: { credentials: { ...credentials, securityToken: "" }, url: create().url },
    },
    { name: "a non-http URL", given: { credentials, url: "ftp://evs.example.com/v5/p" } },
    { name: "a malformed path escape", given: { credentials, url: "https://evs.example.com/v5/%E5" } },
    { name: "a malformed query escape", given: { credentials, url: "https://evs.example.com/v5/p?a=%zz" } },
  ])("rejects $name with a SigningError that does not contain the secret", async ({ given }) => {
    const error: unknown = await signHuaweiCloudRequest(new Request(given.url), given.credentials, {
      now,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "SigningError" });
    expect((error as Error).message).not.toContain(credentials.secretKey);
  });
});
