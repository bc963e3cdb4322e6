import { describe, expect, it } from "vitest";
import type { Answer as RawResponse } from "../../src/core/provider";
import type { AnswerLike } from "../../src/core/signing";
import { createSigningClock } from "../../src/core/signing";

const LOCAL = new Date("2025-03-01T12:00:00Z");
const HOUR = 60 * 60_000;

function rejection(date: string | undefined, status = 401): RawResponse {
  const headers = new Headers(date === undefined ? {} : { date });
  return { status, headers, text: "skewed", method: "POST", url: "https://api.example.test/x" };
}

function clock(overrides: { correct?: boolean; isSkewRejection?: (r: AnswerLike) => boolean } = {}) {
  return createSigningClock({
    now: () => LOCAL,
    windowMs: 5 * 60_000,
    isSkewRejection: overrides.isSkewRejection ?? ((r) => r.status === 401),
    correct: overrides.correct ?? true,
  });
}

describe("createSigningClock", () => {
  it("reads the local clock until it learns an offset", () => {
    expect(clock().now()).toEqual(LOCAL);
    expect(clock().offsetMs()).toBe(0);
  });

  const learning = [
    { name: "a server an hour ahead", given: new Date(LOCAL.getTime() + HOUR), want: HOUR },
    { name: "a server an hour behind", given: new Date(LOCAL.getTime() - HOUR), want: -HOUR },
  ];
  it.each(learning)("learns the offset of $name and signs with it from then on", ({ given, want }) => {
    const signing = clock();
    expect(signing.learnFrom(rejection(given.toUTCString()))).toBe(true);
    expect(signing.offsetMs()).toBe(want);
    expect(signing.now().getTime()).toBe(LOCAL.getTime() + want);
  });

  const ignored = [
    {
      name: "its Date is within the window (a real signature fault)",
      given: rejection(new Date(LOCAL.getTime() + 4 * 60_000).toUTCString()),
    },
    { name: "it has no Date header", given: rejection(undefined) },
    { name: "its Date header does not parse", given: rejection("yesterday-ish") },
    {
      name: "it is not the provider's skew rejection",
      given: rejection(new Date(LOCAL.getTime() + HOUR).toUTCString(), 403),
    },
  ];
  it.each(ignored)("learns nothing when $name", ({ given }) => {
    const signing = clock();
    expect(signing.learnFrom(given)).toBe(false);
    expect(signing.offsetMs()).toBe(0);
  });

  it("learns nothing when correction is off", () => {
    const signing = clock({ correct: false });
    expect(signing.learnFrom(rejection(new Date(LOCAL.getTime() + HOUR).toUTCString()))).toBe(false);
    expect(signing.now()).toEqual(LOCAL);
  });

  it("does not learn again from a rejection the corrected clock already agrees with", () => {
    const signing = clock();
    const ahead = rejection(new Date(LOCAL.getTime() + HOUR).toUTCString());
    expect(signing.learnFrom(ahead)).toBe(true);
    expect(signing.learnFrom(ahead)).toBe(false);
  });
});
