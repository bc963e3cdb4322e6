#!/usr/bin/env node
// Makes sure the browser tests have a Chromium: Debian's package at /usr/bin/chromium, or the one
// CHROMIUM_PATH names. Where it is missing and this runs as root on Debian, installs it with apt
// (never a downloaded browser). Otherwise it fails, saying how to install it: the browser tests are
// never skipped, in CI or anywhere else.
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { ensureDebianPackage } from "./ensure-debian-package.mjs";

const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function works() {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    return false;
  }
  const run = spawnSync(path, ["--version"], { encoding: "utf8", timeout: 30_000 });
  return run.status === 0 && /chromium|chrome/i.test(run.stdout);
}

if (process.env.CHROMIUM_PATH && !works()) {
  console.error(`ensure-chromium: CHROMIUM_PATH=${path} is not a working Chromium`);
  process.exit(1);
}
ensureDebianPackage({
  tool: "chromium",
  packageName: "chromium",
  works,
  where: `Chromium at ${path}`,
  needs: "The docs and WebCrypto browser tests need it.",
  alternative: "or point CHROMIUM_PATH at a Chromium or Chrome binary",
});
