import {
  type CloudsnapError,
  CredentialsError,
  DecodeError,
  NetworkError,
  CloudsnapError as Root,
  SigningError,
  TimeoutError,
  ValidationError,
} from "../../src/core/errors";
import { createHttpError } from "../../src/core/http-errors";

/** Options every fixture error is built with, so leak tests can plant canaries anywhere. */
export interface Plant {
  message: string;
  url: string;
  body: string;
  cause: unknown;
  secrets: string[];
}

/** One instance of every cloudsnap error class, built from the same planted values. */
export function everyError(p: Plant): Array<{ name: string; error: CloudsnapError }> {
  const common = { cause: p.cause, secrets: p.secrets };
  const request = { operation: "createSnapshot", method: "POST", url: p.url };
  const http = (status: number) =>
    createHttpError({
      provider: "zstack",
      status,
      body: p.body,
      headers: { "X-Request-Id": "r" },
      ...request,
      ...common,
    });
  return [
    { name: "CloudsnapError", error: new Root(p.message, common) },
    ...[400, 401, 403, 404, 409, 418, 429, 500, 302].map((status) => {
      const error = http(status);
      return { name: `${error.name} ${status}`, error };
    }),
    { name: "NetworkError", error: new NetworkError(p.message, { ...common, ...request }) },
    {
      name: "TimeoutError",
      error: new TimeoutError(p.message, { ...common, ...request, timeoutMs: 1000, deadline: "attempt" }),
    },
    { name: "CredentialsError", error: new CredentialsError(p.message, { ...common, tried: ["X"] }) },
    { name: "SigningError", error: new SigningError(p.message, common) },
    {
      name: "DecodeError",
      error: new DecodeError(p.message, {
        ...common,
        operation: "x",
        status: 200,
        contentType: "text/xml",
        body: p.body,
      }),
    },
    {
      name: "ValidationError",
      error: new ValidationError(p.message, {
        ...common,
        operation: "x",
        path: "a.b",
        rule: "maxLength",
        expected: 64,
      }),
    },
  ];
}
