import { describe, expect, it } from "vitest";
import { matchesFormat } from "../../src/core/check-value";

const cases: { name: string; given: { format: string; value: string }; want: boolean }[] = [
  {
    name: "accepts an absolute http URI",
    given: { format: "uri", value: "http://192.168.0.10:9000/zstack-callback" },
    want: true,
  },
  { name: "rejects a relative URI", given: { format: "uri", value: "/zstack-callback" }, want: false },
  { name: "rejects a bare host name as a URI", given: { format: "uri", value: "example.com" }, want: false },
  {
    name: "accepts an RFC 3339 date-time with an offset",
    given: { format: "date-time", value: "2024-04-03T16:43:47+09:00" },
    want: true,
  },
  {
    name: "rejects a date-time without a time zone",
    given: { format: "date-time", value: "2024-04-03T16:43:47" },
    want: false,
  },
  {
    name: "rejects a date-time with an impossible month",
    given: { format: "date-time", value: "2024-13-03T16:43:47Z" },
    want: false,
  },
  {
    name: "accepts a dashed UUID",
    given: { format: "uuid", value: "4d7c2a9e-0b1f-4c3a-8e5d-6f7a8b9c0d1e" },
    want: true,
  },
  { name: "rejects a UUID without dashes", given: { format: "uuid", value: "4d7c2a9e0b1f" }, want: false },
  { name: "treats password as an annotation", given: { format: "password", value: "" }, want: true },
  { name: "treats an unknown format as an annotation", given: { format: "qcow2", value: "x" }, want: true },
  {
    name: "does not take an Object.prototype member for a format",
    given: { format: "toString", value: "x" },
    want: true,
  },
];

describe("matchesFormat", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect(matchesFormat(given.format, given.value)).toBe(want);
  });
});
