import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  CloudsnapError,
  CredentialsError,
  createValidationError,
  DecodeError,
  NetworkError,
  SigningError,
  TimeoutError,
  ValidationError,
} from "../../src/core/errors";

describe("CloudsnapError", () => {
  it("sets name, keeps cause and shows the name in the stack", () => {
    const cause = new Error("low level");
    const error = new CloudsnapError("high level", { cause });
    expect(error.name).toBe("CloudsnapError");
    expect(error.cause).toBe(cause);
    expect(error.stack?.split("\n")[0]).toBe("CloudsnapError: high level");
    expect(error.toJSON()).toEqual({
      name: "CloudsnapError",
      message: "high level",
      cause: { name: "Error", message: "low level" },
    });
  });

  it("keeps a non-Error cause", () => {
    expect(new CloudsnapError("x", { cause: "text" }).toJSON().cause).toEqual({
      name: "string",
      message: "text",
    });
  });

  it("has no cause when none is given", () => {
    expect("cause" in new CloudsnapError("x")).toBe(false);
  });

  it("prints the stack and the safe fields in the Node inspector", () => {
    const shown = inspect(new TimeoutError("late", { timeoutMs: 5, deadline: "overall" }));
    expect(shown).toMatch(/^TimeoutError: late\n/);
    expect(shown).toContain('"deadline": "overall"');
  });
});

describe("SigningError", () => {
  it("takes (message, { cause })", () => {
    const cause = new TypeError("no subtle crypto");
    const error = new SigningError("cannot sign", { cause });
    expect(error).toBeInstanceOf(CloudsnapError);
    expect([error.name, error.message, error.cause]).toEqual(["SigningError", "cannot sign", cause]);
  });
});

describe("NetworkError and TimeoutError", () => {
  it("assume the request may have been sent unless told otherwise", () => {
    expect(new NetworkError("x").maybeSent).toBe(true);
    expect(new NetworkError("x", { maybeSent: false }).maybeSent).toBe(false);
  });

  it("say which deadline elapsed", () => {
    const error = new TimeoutError("x", {
      timeoutMs: 30_000,
      deadline: "attempt",
      method: "post",
      url: "https://h/?sk=1",
    });
    expect(error.toJSON()).toEqual({
      name: "TimeoutError",
      message: "x",
      timeoutMs: 30_000,
      deadline: "attempt",
      method: "POST",
      url: "https://h/?sk=***",
    });
  });
});

describe("CredentialsError", () => {
  it("copies what was tried and defaults to not-found", () => {
    const tried = ["A"];
    const error = new CredentialsError("none", { tried });
    tried.push("B");
    expect([error.tried, error.reason]).toEqual([["A"], "not-found"]);
  });
});

describe("DecodeError", () => {
  it("keeps a redacted excerpt of at most 200 characters", () => {
    const body = `SECRETVALUE ${"x".repeat(100)}\n\n${"y".repeat(300)}`;
    const error = new DecodeError("bad xml", {
      body,
      secrets: ["SECRETVALUE"],
      status: 200,
      contentType: "text/xml",
    });
    expect(error.excerpt?.length).toBeLessThanOrEqual(200);
    expect(error.excerpt?.startsWith(`*** ${"x".repeat(100)} y`)).toBe(true);
  });

  it("redacts before cutting, so no prefix of a secret survives at the cut", () => {
    const secret = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const error = new DecodeError("bad", { body: `${"x".repeat(190)}${secret}`, secrets: [secret] });
    expect(error.excerpt).toBe(`${"x".repeat(190)}***`);
  });
});

describe("createValidationError", () => {
  const cases = [
    {
      name: "maxLength",
      given: { operation: "createSnapshot", path: "snapshot.name", rule: "maxLength", expected: 64 },
      want: "createSnapshot: snapshot.name must be at most 64 characters (maxLength)",
    },
    {
      name: "required",
      given: { operation: "createSnapshot", path: "snapshot.volume_id", rule: "required" },
      want: "createSnapshot: snapshot.volume_id is required (required)",
    },
    {
      name: "pattern",
      given: {
        operation: "createSnapshot",
        path: "snapshotName",
        rule: "pattern",
        expected: "^[a-z][a-z0-9-]*$",
      },
      want: "createSnapshot: snapshotName must match ^[a-z][a-z0-9-]*$ (pattern)",
    },
    {
      name: "enum",
      given: { operation: "x", path: "snapshotTypeCode", rule: "enum", expected: "FULL, INCREMENTAL" },
      want: "x: snapshotTypeCode must be one of FULL, INCREMENTAL (enum)",
    },
    {
      name: "an unknown rule",
      given: { operation: "x", path: "a", rule: "custom", expected: "something" },
      want: "x: a is invalid (expected something) (custom)",
    },
  ];
  it.each(cases)("words $name", ({ given, want }) => {
    const error = createValidationError(given);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe(want);
    expect(error).toMatchObject({ operation: given.operation, path: given.path, rule: given.rule });
  });
});
