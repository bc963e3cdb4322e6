// Makes sure a tool the tests need from Debian is there: where it is missing and this runs as root
// on Debian, installs its package with apt (never a download from elsewhere). Otherwise it fails,
// saying how to install it: the tests that need it are never skipped, in CI or anywhere else.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * @param {{ tool: string, packageName: string, works: () => boolean, where: string, needs: string, alternative?: string }} spec
 *   `works` says whether the tool runs; `where` names it in messages; `needs` says which tests need it.
 */
export function ensureDebianPackage({ tool, packageName, works, where, needs, alternative }) {
  const fail = (message) => {
    console.error(`ensure-${tool}: ${message}`);
    console.error(
      `Install it with: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packageName}\n` +
        `${alternative ? `(${alternative}). ` : ""}${needs}`,
    );
    process.exit(1);
  };
  const apt = (args) => {
    // Waits for another apt/dpkg run (e.g. a parallel test task) instead of failing on its lock.
    const run = spawnSync("apt-get", ["-o", "DPkg::Lock::Timeout=300", ...args], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      timeout: 15 * 60_000,
    });
    if (run.status !== 0) fail(`"apt-get ${args.join(" ")}" failed (exit ${run.status ?? run.signal})`);
  };

  if (works()) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const isDebian = existsSync("/etc/debian_version") && spawnSync("apt-get", ["--version"]).status === 0;
  if (!isRoot || !isDebian) {
    fail(
      `no ${where}, and this is ${isRoot ? "not Debian with apt" : "not root"}, so it cannot be installed here`,
    );
  }
  console.log(`ensure-${tool}: installing Debian's ${packageName} with apt…`);
  apt(["update"]);
  apt(["install", "-y", "--no-install-recommends", packageName]);
  if (!works()) fail(`apt installed ${packageName}, but ${where} still does not run`);
  console.log(`ensure-${tool}: ${where} is ready`);
}
