import { describe, expect, it } from "vitest";
import { signZStackRequest } from "../../../src/providers/zstack/signer";
import { snapshotRequest } from "../support/snapshot-request.js";

const credentials = {
  accessKeyId: "Ak0123456789abcdefgh",
  accessKeySecret: "SecretKey0123456789abcdefghijklmnopqrstu",
};
const now = () => new Date("2023-11-23T06:00:00Z");
const create = () =>
  new Request(
    "http://zstack.example.com:8080/zstack/v1/volumes/e60a0fb0b75743c1b0fcb017e31db043/volume-snapshots",
    {
      method: "POST",
      headers: {
        "Content-Type": "application/json;charset=UTF-8",
        "X-Job-UUID": "0123456789abcdef0123456789abcdef",
      },
      body: '{"params":{"name":"before-migration"}}',
    },
  );

describe("signZStackRequest", () => {
  it("returns a new request and leaves the input untouched", async () => {
    const input = create();
    const before = await snapshotRequest(input);
    const signed = await signZStackRequest(input, credentials, { now, timeZone: "Asia/Shanghai" });
    expect(signed).not.toBe(input);
    expect(await snapshotRequest(input)).toEqual(before);
    expect(input.headers.has("date")).toBe(false);
  });

  it("sets Date and Authorization, keeps other headers and sends the same body", async () => {
    const signed = await signZStackRequest(create(), credentials, { now, timeZone: "Asia/Shanghai" });
    expect(signed.headers.get("date")).toBe("Thu, 23 Nov 2023 14:00:00 GMT+08:00");
    expect(signed.headers.get("authorization")).toBe(
      "ZStack Ak0123456789abcdefgh:EOPkI4jSdKXSg9c5+isKhsozSw4=",
    );
    expect(signed.headers.get("x-job-uuid")).toBe("0123456789abcdef0123456789abcdef");
    expect(await signed.text()).toBe('{"params":{"name":"before-migration"}}');
  });

  it("defaults to this runtime's local time zone, as the official SDKs do", async () => {
    const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const implicit = await signZStackRequest(create(), credentials, { now });
    const explicit = await signZStackRequest(create(), credentials, { now, timeZone: local });
    expect(implicit.headers.get("date")).toBe(explicit.headers.get("date"));
  });

  it("signs the same instant differently per zone: the wall clock is what the server compares", async () => {
    const shanghai = await signZStackRequest(create(), credentials, { now, timeZone: "Asia/Shanghai" });
    const utc = await signZStackRequest(create(), credentials, { now, timeZone: "UTC" });
    expect(utc.headers.get("date")).toBe("Thu, 23 Nov 2023 06:00:00 GMT");
    expect(utc.headers.get("authorization")).not.toBe(shanghai.headers.get("authorization"));
  });

  it.each([
    {
      name: "a missing AccessKeyId",
      given: { credentials: { ...credentials, accessKeyId: "" }, url: create().url },
    },
    {
      name: "a missing AccessKeySecret",
      given: { credentials: { ...credentials, accessKeySecret: "" }, url: create().url },
    },
    { name: "a path without /v1/", given: { credentials, url: "http://zstack.example.com/zstack/volumes" } },
    { name: "a non-http URL", given: { credentials, url: "ftp://zstack.example.com/zstack/v1/x" } },
  ])("rejects $name with a SigningError that does not contain the secret", async ({ given }) => {
    const error: unknown = await signZStackRequest(new Request(given.url), given.credentials, { now }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: "SigningError" });
    expect((error as Error).message).not.toContain(credentials.accessKeySecret);
  });

  it("rejects an unknown time zone with a SigningError", async () => {
    await expect(
      signZStackRequest(create(), credentials, { now, timeZone: "Nowhere/Else" }),
    ).rejects.toMatchObject({
      name: "SigningError",
    });
  });
});
