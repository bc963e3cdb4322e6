// The three signers bundled for the browser, run in Chromium with the WebCrypto port, must sign every
// replayable vector exactly as Node does with node:crypto. The page is served from loopback (a secure
// context, so crypto.subtle exists) and may request nothing else.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cryptoPort as nodePort } from "../../packages/cloudsnap/src/crypto/node.js";
import { signHuaweiCloudRequest } from "../../packages/cloudsnap/src/providers/huaweicloud/signer";
import { signNcloudRequest } from "../../packages/cloudsnap/src/providers/ncloud/signer";
import { signZStackRequest } from "../../packages/cloudsnap/src/providers/zstack/signer";
import { type Browser, launchChromium } from "../docs/support/chromium";
import { guardNetwork, type NetworkGuard } from "../docs/support/network-guard";
import { type StaticServer, serveDirectory } from "../docs/support/static-server";
import { buildBrowserBundle } from "./build-browser-bundle";
import { type PageJob, type PageResult, signInPage } from "./sign-in-page";
import { loadVectors, type Scheme, type SigningVector } from "./vectors";

const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>cloudsnap signers under WebCrypto</title>
<link rel="icon" href="data:,">
<script type="module">
  import * as signers from "./signers.js";
  window.cloudsnapSigners = signers;
</script>
`;

let work: string;
let bundle: string;
let server: StaticServer;
let browser: Browser;
let guard: NetworkGuard;
let page: Page;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "cloudsnap-webcrypto-"));
  bundle = await buildBrowserBundle(work);
  await writeFile(join(work, "index.html"), PAGE);
  server = await serveDirectory(work);
  browser = await launchChromium();
  guard = await guardNetwork(browser.context, server.origin);
  page = await browser.context.newPage();
  await page.goto(`${server.origin}/index.html`);
  await page.waitForFunction(() => "cloudsnapSigners" in window, undefined, { timeout: 15_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Node's answer for a vector: the same source signer with the node:crypto port. */
async function signInNode(scheme: Scheme, vector: SigningVector): Promise<PageResult> {
  const { given } = vector;
  const request = new Request(given.url, { method: given.method, headers: given.headers, body: given.body });
  const options = { now: () => new Date(given.now), crypto: nodePort };
  const credentials = given.credentials as never;
  const signed =
    scheme === "ncloud"
      ? await signNcloudRequest(request, credentials, options)
      : scheme === "huaweicloud"
        ? await signHuaweiCloudRequest(request, credentials, options)
        : await signZStackRequest(request, credentials, { ...options, timeZone: given.timeZone ?? "UTC" });
  return {
    headers: Object.fromEntries(signed.headers),
    body: signed.body === null ? null : await signed.text(),
  };
}

/** The vector's request as a page job, signed with the default port or the WebCrypto port passed in. */
function jobsFor(scheme: Scheme, vector: SigningVector): PageJob[] {
  const { given } = vector;
  const base = {
    scheme,
    method: given.method,
    url: given.url,
    headers: given.headers,
    body: given.body,
    now: given.now,
    credentials: given.credentials,
    ...(given.timeZone === undefined ? {} : { timeZone: given.timeZone }),
  };
  return [
    { ...base, explicitPort: false },
    { ...base, explicitPort: true },
  ];
}

async function signBoth(scheme: Scheme) {
  const vectors = loadVectors(scheme);
  expect(vectors.length).toBeGreaterThan(0);
  const inPage = await page.evaluate(
    signInPage,
    vectors.flatMap((vector) => jobsFor(scheme, vector)),
  );
  return Promise.all(
    vectors.map(async (vector, index) => ({
      vector,
      node: await signInNode(scheme, vector),
      defaultPort: inPage[index * 2] as PageResult,
      webPort: inPage[index * 2 + 1] as PageResult,
    })),
  );
}

describe("the signers in Chromium, with WebCrypto", () => {
  it("are bundled for the browser with the WebCrypto port and nothing from Node", async () => {
    expect(bundle).toContain("crypto.subtle");
    expect(bundle).not.toMatch(/node:crypto|createHmac|from\s*["'][^./]/);
    expect(await page.evaluate(() => isSecureContext && typeof crypto.subtle?.sign === "function")).toBe(
      true,
    );
  });

  it.each(["ncloud", "huaweicloud"] as const)("sign every %s vector exactly as Node does", async (scheme) => {
    for (const { vector, node, defaultPort, webPort } of await signBoth(scheme)) {
      expect(defaultPort, vector.file).toEqual(node);
      expect(webPort, vector.file).toEqual(node);
      expect(node.headers, vector.file).toMatchObject(vector.want.headers);
      expect(node.body, vector.file).toBe(vector.given.body);
    }
  });

  it("sign every ZStack vector as Node does; the page's Request drops the forbidden Date header", async () => {
    for (const { vector, node, defaultPort, webPort } of await signBoth("zstack")) {
      expect(node.headers, vector.file).toMatchObject(vector.want.headers);
      for (const browserResult of [defaultPort, webPort]) {
        expect(browserResult.error, vector.file).toBeUndefined();
        // The signature covers the Date text, so an equal Authorization proves the same Date and
        // HMAC-SHA1 were computed. The browser then drops `Date` from the Request (a forbidden request
        // header in fetch), which is why AccessKey signing cannot be used from a web page.
        expect(browserResult.headers.authorization, vector.file).toBe(node.headers.authorization);
        expect(browserResult.headers.date, vector.file).toBeUndefined();
        const { date: _date, ...rest } = node.headers;
        expect(browserResult.headers, vector.file).toEqual(rest);
        expect(browserResult.body, vector.file).toBe(node.body);
      }
    }
  });

  it("requested nothing but the loopback page and its bundle", () => {
    expect(guard.blocked).toEqual([]);
    expect(server.requested).toEqual(["/index.html", "/signers.js"]);
  });
});
