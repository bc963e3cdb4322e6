import { describe, expect, it } from "vitest";
import {
  hashServerRenderedRoutes,
  inlineAttributionLogos,
  REDOC_CDN_LOGOS,
  svgDataUri,
} from "../patch-redoc-html";

const [FULL_LOGO, MINI_LOGO] = REDOC_CDN_LOGOS;

describe("inlineAttributionLogos", () => {
  it("points both CDN images at the data URI, every occurrence", () => {
    const html = `<script>a="${FULL_LOGO}";b="${MINI_LOGO}";c="${FULL_LOGO}"</script>`;
    const out = inlineAttributionLogos(html, "data:image/svg+xml;base64,AA==");
    expect(out).toBe(
      '<script>a="data:image/svg+xml;base64,AA==";b="data:image/svg+xml;base64,AA==";c="data:image/svg+xml;base64,AA=="</script>',
    );
  });

  it("fails when Redoc no longer references an image, so an upgrade is reviewed", () => {
    expect(() => inlineAttributionLogos(`<script>"${FULL_LOGO}"</script>`, "data:,")).toThrow(MINI_LOGO);
  });
});

describe("hashServerRenderedRoutes", () => {
  it("turns the pre-rendered root-relative links into hash routes, and leaves the scripts alone", () => {
    const html = [
      '<a href="/">x</a>',
      '<div id="redoc"><a href="/">o</a><a href="/sessions">s</a><a href="//cdn.example/x">c</a>',
      '<a href="https://redocly.com/">r</a><a href="../../index.html">i</a></div>',
      '<script type="module">const link = ` href="/sessions"`;</script>',
    ].join("");
    expect(hashServerRenderedRoutes(html)).toBe(
      [
        '<a href="/">x</a>',
        '<div id="redoc"><a href="#/">o</a><a href="#/sessions">s</a><a href="//cdn.example/x">c</a>',
        '<a href="https://redocly.com/">r</a><a href="../../index.html">i</a></div>',
        '<script type="module">const link = ` href="/sessions"`;</script>',
      ].join(""),
    );
  });

  it("fails on a page without Redoc's pre-rendered markup", () => {
    expect(() => hashServerRenderedRoutes("<html></html>")).toThrow("no pre-rendered #redoc markup");
  });
});

describe("svgDataUri", () => {
  it("encodes the trimmed SVG as base64", () => {
    expect(svgDataUri(" <svg/>\n")).toBe(
      `data:image/svg+xml;base64,${Buffer.from("<svg/>").toString("base64")}`,
    );
  });
});
