import { describe, expect, it } from "vitest";
import { cryptoPort } from "../../../src/crypto/node.js";
import {
  authorizationHeader,
  dateHeader,
  decodedUri,
  gmtOffset,
  signature,
  stringToSign,
  wallClock,
} from "../../../src/providers/zstack/signer";

describe("gmtOffset", () => {
  it.each([
    { name: "zero is plain GMT", given: 0, want: "GMT" },
    { name: "whole hours east", given: 480, want: "GMT+08:00" },
    { name: "whole hours west", given: -300, want: "GMT-05:00" },
    { name: "quarter hours", given: 345, want: "GMT+05:45" },
    { name: "negative half hours", given: -210, want: "GMT-03:30" },
    { name: "fourteen hours", given: 840, want: "GMT+14:00" },
  ])("$name", ({ given, want }) => {
    expect(gmtOffset(given)).toBe(want);
  });
});

describe("wallClock", () => {
  it.each([
    {
      name: "Asia/Shanghai has no DST",
      given: { at: "2023-11-23T06:00:00Z", zone: "Asia/Shanghai" },
      want: { year: 2023, month: 11, day: 23, hour: 14, minute: 0, second: 0, offsetMinutes: 480 },
    },
    {
      name: "midnight is hour 0, not 24",
      given: { at: "2024-01-01T00:00:00Z", zone: "UTC" },
      want: { year: 2024, month: 1, day: 1, hour: 0, minute: 0, second: 0, offsetMinutes: 0 },
    },
    {
      name: "Europe/Berlin one second before the spring-forward switch",
      given: { at: "2024-03-31T00:59:59Z", zone: "Europe/Berlin" },
      want: { year: 2024, month: 3, day: 31, hour: 1, minute: 59, second: 59, offsetMinutes: 60 },
    },
    {
      name: "Europe/Berlin at the switch",
      given: { at: "2024-03-31T01:00:00Z", zone: "Europe/Berlin" },
      want: { year: 2024, month: 3, day: 31, hour: 3, minute: 0, second: 0, offsetMinutes: 120 },
    },
    {
      name: "America/New_York in the repeated hour after fall-back (second pass)",
      given: { at: "2024-11-03T06:30:00Z", zone: "America/New_York" },
      want: { year: 2024, month: 11, day: 3, hour: 1, minute: 30, second: 0, offsetMinutes: -300 },
    },
    {
      name: "milliseconds are truncated, not rounded",
      given: { at: "2024-06-30T23:59:59.999Z", zone: "Europe/London" },
      want: { year: 2024, month: 7, day: 1, hour: 0, minute: 59, second: 59, offsetMinutes: 60 },
    },
  ])("$name", ({ given, want }) => {
    expect(wallClock(new Date(given.at), given.zone)).toEqual(want);
  });

  it("rejects an unknown time zone with a SigningError", () => {
    expect(() => wallClock(new Date(0), "Mars/Olympus_Mons")).toThrow(
      expect.objectContaining({ name: "SigningError" }),
    );
  });
});

describe("dateHeader", () => {
  it.each([
    {
      name: "English names, zero padding and GMT offset",
      given: { year: 2024, month: 3, day: 5, hour: 7, minute: 8, second: 9, offsetMinutes: 480 },
      want: "Tue, 05 Mar 2024 07:08:09 GMT+08:00",
    },
    {
      name: "offset zero",
      given: { year: 2024, month: 1, day: 1, hour: 0, minute: 0, second: 0, offsetMinutes: 0 },
      want: "Mon, 01 Jan 2024 00:00:00 GMT",
    },
    {
      name: "leap day",
      given: { year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 59, offsetMinutes: -240 },
      want: "Thu, 29 Feb 2024 23:59:59 GMT-04:00",
    },
    {
      name: "September is Sep (Java's English short month)",
      given: { year: 2025, month: 9, day: 7, hour: 12, minute: 0, second: 0, offsetMinutes: 0 },
      want: "Sun, 07 Sep 2025 12:00:00 GMT",
    },
  ])("$name", ({ given, want }) => {
    expect(dateHeader(given)).toBe(want);
  });
});

describe("decodedUri", () => {
  it.each([
    {
      name: "context path removed",
      given: "/zstack/v1/volumes/x/volume-snapshots",
      want: "/v1/volumes/x/volume-snapshots",
    },
    { name: "no context path", given: "/v1/volume-snapshots", want: "/v1/volume-snapshots" },
    { name: "another context path", given: "/cloud/api/v1/accounts/login", want: "/v1/accounts/login" },
    {
      name: "percent-escapes decoded",
      given: "/zstack/v1/volume-snapshots/%E5%BF%AB%20x",
      want: "/v1/volume-snapshots/快 x",
    },
    { name: "+ stays a plus", given: "/zstack/v1/a+b", want: "/v1/a+b" },
  ])("$name", ({ given, want }) => {
    expect(decodedUri(given)).toBe(want);
  });

  it.each([
    { name: "a path without /v1/", given: "/zstack/v2/volumes" },
    { name: "/v1 without a trailing segment", given: "/zstack/v1" },
    { name: "a malformed escape", given: "/zstack/v1/%E5" },
  ])("rejects $name with a SigningError", ({ given }) => {
    expect(() => decodedUri(given)).toThrow(expect.objectContaining({ name: "SigningError" }));
  });
});

describe("stringToSign, signature, authorizationHeader", () => {
  it("rebuild the providers.md vector", async () => {
    const toSign = stringToSign(
      "POST",
      "Thu, 23 Nov 2023 14:00:00 CST",
      "/v1/volumes/e60a0fb0b75743c1b0fcb017e31db043/volume-snapshots",
    );
    expect(toSign).toBe(
      "POST\nThu, 23 Nov 2023 14:00:00 CST\n/v1/volumes/e60a0fb0b75743c1b0fcb017e31db043/volume-snapshots",
    );
    const sig = await signature(cryptoPort, "SecretKey0123456789abcdefghijklmnopqrstu", toSign);
    expect(sig).toBe("krQNY80U4qIqFBgYoe9RdPQdwDQ=");
    expect(authorizationHeader("Ak0123456789abcdefgh", sig)).toBe(
      "ZStack Ak0123456789abcdefgh:krQNY80U4qIqFBgYoe9RdPQdwDQ=",
    );
  });
});
