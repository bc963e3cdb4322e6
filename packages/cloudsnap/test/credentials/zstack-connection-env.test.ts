import { describe, expect, it } from "vitest";
import type { Env } from "../../src/core/env";
import {
  readZStackConnectionEnv,
  type ZStackConnectionSettings,
} from "../../src/providers/zstack/credentials";

describe("readZStackConnectionEnv", () => {
  const valid: Array<{ name: string; given: Env; want: ZStackConnectionSettings }> = [
    { name: "nothing", given: {}, want: {} },
    { name: "host only", given: { ZSTACK_HOST: "10.0.0.5" }, want: { host: "10.0.0.5" } },
    {
      name: "host and port",
      given: { ZSTACK_HOST: " zs.local ", ZSTACK_PORT: "8080" },
      want: { host: "zs.local", port: 8080 },
    },
    { name: "the lowest port", given: { ZSTACK_PORT: "1" }, want: { port: 1 } },
    { name: "the highest port", given: { ZSTACK_PORT: "65535" }, want: { port: 65535 } },
    { name: "an empty port as unset", given: { ZSTACK_PORT: "" }, want: {} },
  ];
  it.each(valid)("reads $name", ({ given, want }) => {
    expect(readZStackConnectionEnv({ env: given })).toEqual(want);
  });

  const invalid = ["0", "65536", "80.5", "-1", "8080abc", "0x50", "1e3", "99999999"];
  it.each(invalid)("rejects port %j without echoing it", (port) => {
    let caught: unknown;
    try {
      readZStackConnectionEnv({ env: { ZSTACK_PORT: port } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({
      name: "ValidationError",
      path: "ZSTACK_PORT",
      message: "readZStackConnectionEnv: ZSTACK_PORT must be an integer from 1 to 65535 (range)",
    });
  });
});
