import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { everyError } from "./all-errors";

const KNOWN = "KNOWNCANARY0123456789";
const IN_URL = "URLCANARY0123456789";
const IN_USERINFO = "USERCANARY0123456789";

const errors = everyError({
  message: `failed with key ${KNOWN} at https://${IN_USERINFO}:pw@h/p?signature=${IN_URL}`,
  url: `https://${IN_USERINFO}:pw@h/zstack/v1/accounts/sessions/${IN_URL}?X-Auth-Token=${IN_URL}`,
  body: `{"error":{"code":"SYS.1000","description":"bad ${KNOWN}","details":"password=${KNOWN}"}}`,
  cause: new Error(`socket hang up ${KNOWN} https://h/x?token=${IN_URL}`),
  secrets: [KNOWN],
});

const views: Array<[string, (error: Error) => string]> = [
  ["message", (error) => error.message],
  ["String(error)", (error) => String(error)],
  ["JSON.stringify(error)", (error) => JSON.stringify(error)],
  ["error.stack", (error) => error.stack ?? ""],
  ["util.inspect(error)", (error) => inspect(error, { depth: 10 })],
];

describe("no canary secret leaks from any error class", () => {
  for (const { name, error } of errors) {
    it.each(views)(`${name}: %s`, (_view, show) => {
      const shown = show(error);
      for (const canary of [KNOWN, IN_URL, IN_USERINFO]) expect(shown).not.toContain(canary);
    });
  }

  it("still keeps the original cause object for programmatic use", () => {
    for (const { error } of errors) expect(error.cause).toBeInstanceOf(Error);
  });
});
