import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import {
  isAuthenticationError,
  isBadRequestError,
  isClientError,
  isCloudsnapError,
  isConflictError,
  isCredentialsError,
  isDecodeError,
  isHttpError,
  isNetworkError,
  isNotFoundError,
  isPermissionDeniedError,
  isRateLimitError,
  isServerError,
  isSigningError,
  isTimeoutError,
  isValidationError,
} from "../../src/core/guards";
import { everyError } from "./all-errors";

const guards = {
  isCloudsnapError,
  isHttpError,
  isClientError,
  isServerError,
  isBadRequestError,
  isAuthenticationError,
  isPermissionDeniedError,
  isNotFoundError,
  isConflictError,
  isRateLimitError,
  isNetworkError,
  isTimeoutError,
  isCredentialsError,
  isSigningError,
  isDecodeError,
  isValidationError,
};
type Guard = keyof typeof guards;

const errors = everyError({ message: "m", url: "https://h/", body: "", cause: undefined, secrets: [] });
const all: Guard[] = ["isCloudsnapError"];
const http = (specific?: Guard, family: Guard = "isClientError"): Guard[] =>
  [...all, "isHttpError", family, specific].filter((g): g is Guard => g !== undefined);

const want: Record<string, Guard[]> = {
  CloudsnapError: all,
  "BadRequestError 400": http("isBadRequestError"),
  "AuthenticationError 401": http("isAuthenticationError"),
  "PermissionDeniedError 403": http("isPermissionDeniedError"),
  "NotFoundError 404": http("isNotFoundError"),
  "ConflictError 409": http("isConflictError"),
  "ClientError 418": http(),
  "RateLimitError 429": http("isRateLimitError"),
  "ServerError 500": http(undefined, "isServerError"),
  "HttpError 302": [...all, "isHttpError"],
  NetworkError: [...all, "isNetworkError"],
  TimeoutError: [...all, "isTimeoutError"],
  CredentialsError: [...all, "isCredentialsError"],
  SigningError: [...all, "isSigningError"],
  DecodeError: [...all, "isDecodeError"],
  ValidationError: [...all, "isValidationError"],
};

describe("guards", () => {
  it.each(errors)("$name passes exactly its own guards", ({ name, error }) => {
    const passed = (Object.keys(guards) as Guard[]).filter((guard) => guards[guard](error));
    expect(passed.sort()).toEqual([...(want[name] ?? ["missing case"])].sort());
  });

  const foreign = [
    { name: "a DOMException TimeoutError", given: new DOMException("t", "TimeoutError") },
    { name: "a DOMException NetworkError", given: new DOMException("n", "NetworkError") },
    { name: "a plain Error renamed HttpError", given: Object.assign(new Error("x"), { name: "HttpError" }) },
    { name: "null", given: null },
    { name: "a string", given: "TimeoutError" },
  ];
  it.each(foreign)("rejects $name", ({ given }) => {
    for (const guard of Object.values(guards)) expect(guard(given)).toBe(false);
  });

  it("recognises an error from another realm (or another copy of cloudsnap) by name", () => {
    const other = runInNewContext(
      'class TimeoutError extends Error { name = "TimeoutError"; get [Symbol.for("cloudsnap.error")]() { return true; } }; new TimeoutError("late")',
    );
    expect(other instanceof Error).toBe(false);
    expect(isTimeoutError(other)).toBe(true);
    expect(isCloudsnapError(other)).toBe(true);
    expect(isHttpError(other)).toBe(false);
  });
});
