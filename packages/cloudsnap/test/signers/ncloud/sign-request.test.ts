import { describe, expect, it } from "vitest";
import { signNcloudRequest } from "../../../src/providers/ncloud/signer";
import { snapshotRequest } from "../support/snapshot-request.js";

const credentials = {
  accessKey: "AKEXAMPLE1234567890",
  secretKey: "SKEXAMPLE0123456789abcdefghijklmnopqrstuv",
};
const now = () => new Date(1700000000000);
const form = () =>
  new Request("https://ncloud.apigw.ntruss.com/vserver/v2/createBlockStorageSnapshotInstance", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: "responseFormatType=json&regionCode=KR",
  });

describe("signNcloudRequest", () => {
  it("returns a new request and leaves the input untouched", async () => {
    const input = form();
    const before = await snapshotRequest(input);
    const signed = await signNcloudRequest(input, credentials, { now });
    expect(signed).not.toBe(input);
    expect(await snapshotRequest(input)).toEqual(before);
    expect(input.headers.has("x-ncp-apigw-signature-v2")).toBe(false);
  });

  it("sends the same body bytes and keeps the caller's headers", async () => {
    const signed = await signNcloudRequest(form(), credentials, { now });
    expect(await signed.text()).toBe("responseFormatType=json&regionCode=KR");
    expect(signed.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(signed.method).toBe("POST");
  });

  it("signs only the path of a form POST: the form body does not change the signature", async () => {
    const other = new Request(form().url, { method: "POST", body: "responseFormatType=xml" });
    const a = await signNcloudRequest(form(), credentials, { now });
    const b = await signNcloudRequest(other, credentials, { now });
    expect(a.headers.get("x-ncp-apigw-signature-v2")).toBe(b.headers.get("x-ncp-apigw-signature-v2"));
  });

  it("reads the real clock when no clock is given", async () => {
    const before = Date.now();
    const signed = await signNcloudRequest(form(), credentials);
    const ts = Number(signed.headers.get("x-ncp-apigw-timestamp"));
    expect(ts).toBeGreaterThanOrEqual(before);
    expect(ts).toBeLessThanOrEqual(Date.now());
  });

  it.each([
    { name: "a missing access key", given: { accessKey: "", secretKey: credentials.secretKey } },
    { name: "a missing secret key", given: { accessKey: credentials.accessKey, secretKey: "" } },
  ])("rejects $name with a SigningError", async ({ given }) => {
    await expect(signNcloudRequest(form(), given, { now })).rejects.toMatchObject({ name: "SigningError" });
  });

  it("never puts the secret key in an error message", async () => {
    const error: unknown = await signNcloudRequest(new Request("ftp://example.com/x"), credentials, {
      now,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "SigningError" });
    expect(String((error as Error).message)).not.toContain(credentials.secretKey);
  });
});
