import { describe, expect, it } from "vitest";
import { rebuildRequest } from "../../../src/core/signing";

describe("rebuildRequest", () => {
  it("keeps method, URL, signal and redirect, and sends the given headers and bytes", async () => {
    const controller = new AbortController();
    const original = new Request("https://example.com/a?b=c", {
      method: "PUT",
      body: "old",
      signal: controller.signal,
      redirect: "manual",
    });
    const rebuilt = rebuildRequest(original, new Headers({ "x-a": "1" }), new TextEncoder().encode("new"));
    expect(rebuilt).not.toBe(original);
    expect(rebuilt.method).toBe("PUT");
    expect(rebuilt.url).toBe("https://example.com/a?b=c");
    expect(rebuilt.redirect).toBe("manual");
    expect(rebuilt.headers.get("x-a")).toBe("1");
    expect(await rebuilt.text()).toBe("new");
    controller.abort();
    expect(rebuilt.signal.aborted).toBe(true);
  });

  it("builds a body-less request when given null", () => {
    const rebuilt = rebuildRequest(new Request("https://example.com/"), new Headers(), null);
    expect(rebuilt.body).toBeNull();
  });
});
