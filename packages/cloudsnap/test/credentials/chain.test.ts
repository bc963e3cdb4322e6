import { describe, expect, it } from "vitest";
import { chain } from "../../src/core/credentials";
import { CredentialsError } from "../../src/core/errors";
import { fromNcloudEnv, fromNcloudFile } from "../../src/providers/ncloud/credentials";
import { memoryFiles, rejectionOf } from "./memory-files";

const notFound = (tried: string) => async (): Promise<string> => {
  throw new CredentialsError(`${tried} unset`, { tried: [tried] });
};
const invalid = (tried: string) => async (): Promise<string> => {
  throw new CredentialsError(`${tried} broken`, { tried: [tried], reason: "invalid" });
};
const value = (v: string) => async () => v;

describe("chain", () => {
  const cases = [
    { name: "yields the first value found", given: [value("a"), value("b")], want: "a" },
    {
      name: "skips providers that find nothing",
      given: [notFound("A"), notFound("B"), value("c")],
      want: "c",
    },
  ];
  it.each(cases)("$name", async ({ given, want }) => {
    expect(await chain(...given)()).toBe(want);
  });

  it("does not call later providers once one succeeds", async () => {
    let called = false;
    await chain(value("a"), async () => {
      called = true;
      return "b";
    })();
    expect(called).toBe(false);
  });

  it("throws one CredentialsError naming everything tried when all come up empty", async () => {
    const error = await rejectionOf(chain(notFound("A"), notFound("B"), notFound("A"))());
    expect(error).toMatchObject({
      name: "CredentialsError",
      reason: "not-found",
      message: "No credentials found: A unset; B unset; A unset",
      tried: ["A", "B"],
    });
    expect(error.cause).toBeInstanceOf(CredentialsError);
  });

  it("stops at a broken source and keeps what was tried so far", async () => {
    let later = false;
    const error = await rejectionOf(
      chain(notFound("A"), invalid("B"), async () => {
        later = true;
        return "c";
      })(),
    );
    expect(error).toMatchObject({ reason: "invalid", message: "B broken", tried: ["A", "B"] });
    expect(later).toBe(false);
  });

  it("passes other errors through unchanged", async () => {
    const boom = new TypeError("boom");
    const error = await rejectionOf(
      chain(notFound("A"), async () => {
        throw boom;
      })(),
    );
    expect(error).toBe(boom);
  });

  it("rejects when given no providers", async () => {
    expect((await rejectionOf(chain()())).message).toBe("No credentials found (no providers given)");
  });

  it("lists every variable and file of the NCP default sources", async () => {
    const files = memoryFiles({});
    const error = await rejectionOf(chain(fromNcloudEnv({ env: {} }), fromNcloudFile(files))());
    expect(error.tried).toEqual([
      "NCLOUD_ACCESS_KEY_ID",
      "NCLOUD_ACCESS_KEY",
      "NCLOUD_SECRET_ACCESS_KEY",
      "NCLOUD_SECRET_KEY",
      "/home/u/.ncloud/configure",
    ]);
    for (const name of error.tried as string[]) expect(error.message).toContain(name);
  });
});
