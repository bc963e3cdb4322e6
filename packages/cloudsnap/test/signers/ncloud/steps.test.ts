import { describe, expect, it } from "vitest";
import { cryptoPort } from "../../../src/crypto/node.js";
import { requestTarget, signature, stringToSign, timestamp } from "../../../src/providers/ncloud/signer";

describe("requestTarget", () => {
  it.each([
    { name: "path only", given: "https://h/vserver/v2/getRegionList", want: "/vserver/v2/getRegionList" },
    {
      name: "path and query",
      given: "https://h/p?responseFormatType=json",
      want: "/p?responseFormatType=json",
    },
    {
      name: "percent-encoding kept as sent",
      given: "https://h/p?t=2024%3A00%2B0000",
      want: "/p?t=2024%3A00%2B0000",
    },
    { name: "raw space encoded as fetch sends it", given: "https://h/p?a=b c", want: "/p?a=b%20c" },
    { name: "bare trailing ? dropped (fetch sends none)", given: "https://h/p?", want: "/p" },
    { name: "fragment never sent", given: "https://h/p?a=1#frag", want: "/p?a=1" },
    { name: "host and port excluded", given: "http://127.0.0.1:4010/server/v2/x", want: "/server/v2/x" },
    { name: "dot segments resolved", given: "https://h/a/./b/../c", want: "/a/c" },
  ])("$name", ({ given, want }) => {
    expect(requestTarget(new URL(given))).toBe(want);
  });
});

describe("timestamp", () => {
  it.each([
    { name: "epoch milliseconds", given: new Date(1700000000000), want: "1700000000000" },
    { name: "keeps milliseconds", given: new Date("2024-01-01T00:00:00.123Z"), want: "1704067200123" },
  ])("$name", ({ given, want }) => {
    expect(timestamp(given)).toBe(want);
  });
});

describe("stringToSign", () => {
  it("joins method and target with one space, then timestamp and access key on their own lines", () => {
    expect(stringToSign({ method: "GET", requestTarget: "/p?a=1", timestamp: "1", accessKey: "AK" })).toBe(
      "GET /p?a=1\n1\nAK",
    );
  });
});

describe("signature", () => {
  it("is base64 of HMAC-SHA256 (providers.md §1.2 vector 1)", async () => {
    const toSign =
      "GET /vserver/v2/getRegionList?responseFormatType=json\n1700000000000\nAKEXAMPLE1234567890";
    expect(await signature(cryptoPort, "SKEXAMPLE0123456789abcdefghijklmnopqrstuv", toSign)).toBe(
      "jXzo1E2SUVivt43pYgZNklGpfA2cppPVWCc7/bBhV18=",
    );
  });
});
