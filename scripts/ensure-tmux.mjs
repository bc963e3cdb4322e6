#!/usr/bin/env node
// Makes sure the CLI's real-terminal tests have tmux (Debian's package). Where it is missing and this
// runs as root on Debian, installs it with apt; otherwise it fails, saying how to install it.
import { spawnSync } from "node:child_process";
import { ensureDebianPackage } from "./ensure-debian-package.mjs";

ensureDebianPackage({
  tool: "tmux",
  packageName: "tmux",
  works: () => spawnSync("tmux", ["-V"], { stdio: "ignore", timeout: 30_000 }).status === 0,
  where: "tmux on the PATH",
  needs: "The CLI's terminal tests (packages/cloudsnap/test/cli/terminal.test.ts) need it.",
});
