import { describe, expect, it } from "vitest";
import { readBody } from "../../../src/core/signing";

describe("readBody", () => {
  it("returns null for a request without a body", async () => {
    expect(await readBody(new Request("https://example.com/"))).toBeNull();
  });

  it("returns the exact UTF-8 bytes and leaves the request readable", async () => {
    const request = new Request("https://example.com/", { method: "POST", body: "é" });
    expect([...((await readBody(request)) ?? [])]).toEqual([0xc3, 0xa9]);
    expect(request.bodyUsed).toBe(false);
    expect(await request.text()).toBe("é");
  });

  it("keeps an empty body as zero bytes, distinct from no body", async () => {
    const body = await readBody(new Request("https://example.com/", { method: "POST", body: "" }));
    expect(body?.byteLength).toBe(0);
  });

  it("refuses a request whose body was already consumed", async () => {
    const request = new Request("https://example.com/", { method: "POST", body: "x" });
    await request.text();
    await expect(readBody(request)).rejects.toMatchObject({ name: "SigningError" });
  });
});
