#!/usr/bin/env node
// Makes sure the browser tests have a Chromium: Debian's package at /usr/bin/chromium, or the one
// CHROMIUM_PATH names. Where it is missing and this runs as root on Debian, installs it with apt
// (never a downloaded browser). Otherwise it fails, saying how to install it: the browser tests are
// never skipped, in CI or anywhere else.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function works(binary) {
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    return false;
  }
  const run = spawnSync(binary, ["--version"], { encoding: "utf8", timeout: 30_000 });
  return run.status === 0 && /chromium|chrome/i.test(run.stdout);
}

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  console.error(
    "Install it with: sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium\n" +
      "(or point CHROMIUM_PATH at a Chromium or Chrome binary). The docs and WebCrypto browser tests need it.",
  );
  process.exit(1);
}

function apt(args) {
  // Waits for another apt/dpkg run (e.g. a parallel test task) instead of failing on its lock.
  const run = spawnSync("apt-get", ["-o", "DPkg::Lock::Timeout=300", ...args], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    timeout: 15 * 60_000,
  });
  if (run.status !== 0) fail(`"apt-get ${args.join(" ")}" failed (exit ${run.status ?? run.signal})`);
}

if (works(path)) {
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  fail(`CHROMIUM_PATH=${path} is not a working Chromium`);
}
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const isDebian = existsSync("/etc/debian_version") && spawnSync("apt-get", ["--version"]).status === 0;
if (!isRoot || !isDebian) {
  fail(
    `no Chromium at ${path}, and this is ${isRoot ? "not Debian with apt" : "not root"}, so it cannot be installed here`,
  );
}
console.log("ensure-chromium: installing Debian's chromium with apt…");
apt(["update"]);
apt(["install", "-y", "--no-install-recommends", "chromium"]);
if (!works(path)) fail(`apt installed chromium, but ${path} still does not run`);
console.log(`ensure-chromium: ${path} is ready`);
