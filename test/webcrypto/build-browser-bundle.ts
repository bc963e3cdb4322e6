import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const CLOUDSNAP = new URL("../../packages/cloudsnap/", import.meta.url);
const ENTRY = fileURLToPath(new URL("./browser-entry.ts", import.meta.url));

/** The part of tsdown's API used here. */
interface Tsdown {
  build(options: Record<string, unknown>): Promise<unknown>;
}

/**
 * Bundles `browser-entry.ts` into `outDir/signers.js` (one ES module, nothing external) with the
 * bundler cloudsnap itself is built with, resolving as a browser does: `#crypto` must then pick
 * `src/crypto/web.ts` through cloudsnap's package.json "imports". Returns the bundle's text.
 */
export async function buildBrowserBundle(outDir: string): Promise<string> {
  // tsdown is cloudsnap's devDependency, so it is resolved from there.
  const tsdownPath = createRequire(new URL("package.json", CLOUDSNAP)).resolve("tsdown");
  const tsdown = (await import(pathToFileURL(tsdownPath).href)) as Tsdown;
  await tsdown.build({
    config: false,
    cwd: fileURLToPath(CLOUDSNAP),
    entry: { signers: ENTRY },
    outDir,
    format: "esm",
    platform: "browser",
    target: "es2022",
    dts: false,
    clean: true,
    hash: false,
    logLevel: "error",
    // "cloudsnap-source" selects the package's source files; no "node" condition, as in a browser.
    inputOptions: { resolve: { conditionNames: ["cloudsnap-source", "browser", "import", "default"] } },
  });
  return readFile(join(outDir, "signers.js"), "utf8");
}
