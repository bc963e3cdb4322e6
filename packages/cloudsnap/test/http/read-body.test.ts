import { describe, expect, it } from "vitest";
import { DecodeError } from "../../src/core/errors";
import { readBodyText } from "../../src/core/send";

const LIMIT = 5;

/** A body delivered chunk by chunk (no content-length), recording whether the reader cancelled it. */
function streamed(chunks: readonly (string | number[])[]) {
  const state = { cancelled: false, pulled: 0 };
  const queue = chunks.map((chunk) =>
    typeof chunk === "string" ? new TextEncoder().encode(chunk) : Uint8Array.from(chunk),
  );
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = queue.shift();
      state.pulled += 1;
      if (next) controller.enqueue(next);
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { body, state };
}

describe("readBodyText", () => {
  const accepted = [
    {
      name: "a body exactly at the limit, declared by content-length",
      given: () => new Response("abcde", { headers: { "content-length": "5" } }),
      want: "abcde",
    },
    {
      name: "a body exactly at the limit, streamed without content-length",
      given: () => new Response(streamed(["ab", "c", "de"]).body),
      want: "abcde",
    },
    { name: "an empty string body", given: () => new Response(""), want: "" },
    { name: "no body at all", given: () => new Response(null, { status: 204 }), want: "" },
    {
      name: "a UTF-8 character split across chunks",
      given: () => new Response(streamed([[0xc3], [0xa9]]).body),
      want: "é",
    },
  ];
  it.each(accepted)("reads $name", async ({ given, want }) => {
    expect(await readBodyText(given(), LIMIT, "showJob")).toBe(want);
  });

  it("refuses a body whose content-length is one byte over and cancels it", async () => {
    const { body, state } = streamed(["abcdef"]);
    const response = new Response(body, {
      status: 200,
      headers: { "content-length": "6", "content-type": "application/json" },
    });
    const error = await readBodyText(response, LIMIT, "showJob").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecodeError);
    expect(error).toMatchObject({ operation: "showJob", status: 200, contentType: "application/json" });
    expect((error as DecodeError).message).toBe("showJob: response body exceeds 5 bytes");
    expect(state.cancelled).toBe(true);
  });

  it("refuses a streamed body one byte over the limit and cancels the stream", async () => {
    const { body, state } = streamed(["abc", "def", "never read"]);
    const error = await readBodyText(new Response(body, { status: 202 }), LIMIT, "createSnapshot").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DecodeError);
    expect(error).toMatchObject({ operation: "createSnapshot", status: 202 });
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(3);
  });

  it("does not trust a content-length smaller than the real body", async () => {
    const response = new Response(streamed(["abc", "def"]).body, { headers: { "content-length": "3" } });
    await expect(readBodyText(response, LIMIT, "showJob")).rejects.toBeInstanceOf(DecodeError);
  });
});
