import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SCRIPTS = fileURLToPath(new URL("..", import.meta.url));

describe("pnpm demo", () => {
  it("calls the five creates, createSnapshot and the cloudsnap command against Prism and stops the mocks", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "demo/main.ts"], {
      cwd: SCRIPTS,
      encoding: "utf8",
      timeout: 120_000,
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(run.status, run.stderr).toBe(0);
    const headings = run.stdout.split("\n").filter((line) => line.startsWith("── "));
    expect(headings).toHaveLength(7);
    expect(run.stdout).toContain("api: 'ncloud-vpc'");
    expect(run.stdout).toMatch(
      /── The cloudsnap command · node packages\/cloudsnap\/dist\/cli\.js create huaweicloud-evs:/,
    );
    expect(run.stdout).toMatch(/^ {3}\{"event":"accepted","target":"huaweicloud-evs:/m);
    expect(run.stdout).toContain("exit code 0");
    expect(run.stdout).toContain("nasVolumeSnapshotName: 'now.20240403.164347'");
    expect(run.stdout).toContain("status: 'Ready'");
    expect(run.stdout).toContain("Mocks stopped.");
    expect(run.stdout).not.toContain("demo-secret-not-real");
  }, 150_000);
});
