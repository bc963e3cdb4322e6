// The CLI on a real terminal (tmux): the spinner line with the elapsed time and the provider's
// status while waiting, the summary, and Ctrl-C during a wait with the resume command, which is then
// typed as printed and resumes. `bulk`: its progress line mid-run, its summary table, and Ctrl-C.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isCreateRequest, startFakeCloud } from "./support/fake-cloud";
import { binDir, cliEnv, TEST_CREDENTIALS, TEST_SECRETS } from "./support/run-cli";
import { hasTmux, openTerminal } from "./support/tmux";

const TARGET = "'ncloud-vpc:20803168?region=KR'";
/** Ten targets of every kind for `bulk`, each its own volume, with a comment and a blank line. */
const BULK_FILE = [
  "# tonight's volumes",
  "ncloud-vpc:20803161?region=KR",
  "ncloud-vpc:20803162?region=KR",
  "ncloud-vpc:20803163",
  "",
  "ncloud-nas:23420000",
  "ncloud-ses:1037123?bucket=estest",
  "huaweicloud-evs:2c194dde-7de5-4529-a141-49f48181f411",
  "huaweicloud-evs:3d294dde-7de5-4529-a141-49f48181f422",
  "zstack:e60a0fb0b75743c1b0fcb017e31db043",
  "zstack:f70a0fb0b75743c1b0fcb017e31db054",
  "ncloud-vpc:20803164",
].join("\n");

function bulkDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "cloudsnap-bulk-tty-"));
  writeFileSync(join(dir, "targets.txt"), `${BULK_FILE}\n`);
  return dir;
}
/** `CLOUDSNAP_SHOW_TTY=1` prints each screen the tests check. */
const show = (label: string, screen: string) => {
  if (process.env.CLOUDSNAP_SHOW_TTY === "1") console.log(`--- tmux: ${label} ---\n${screen}`);
};

// Skipped only outside CI where tmux is missing; `pnpm test:all` installs it first
// (scripts/ensure-tmux.mjs), and in CI a missing tmux fails here instead of skipping.
describe.skipIf(!hasTmux() && !process.env.CI)("cloudsnap on a terminal (tmux)", { timeout: 40_000 }, () => {
  it("shows a progress line with the elapsed time and the provider's status, then a short summary", async () => {
    const cloud = await startFakeCloud({ creatingPolls: 1 });
    const terminal = openTerminal(
      cliEnv({ ...TEST_CREDENTIALS, PATH: `${binDir()}:${process.env.PATH ?? ""}` }),
    );
    try {
      terminal.type(`cloudsnap create ${TARGET} --wait --endpoint ${cloud.origin}; echo "EXIT=$?"`);
      const waiting = await terminal.waitFor(/Waiting for snapshot 20814323: INIT \(poll 1\) \[\d+s\]/);
      expect(waiting).toMatch(/Accepted: ncloud-vpc snapshot 20814323/);
      show("while waiting", waiting);
      const done = await terminal.waitFor(/EXIT=\d+/);
      show("when done", done);
      expect(done).toContain("EXIT=0");
      expect(done).toMatch(/Ready: ncloud-vpc snapshot 20814323/);
      expect(done).toMatch(/Snapshot 20814323 of ncloud-vpc:20803168\?region=KR is ready\./);
      expect(done).toMatch(/status +ready, CREAT/);
      for (const secret of TEST_SECRETS) expect(done).not.toContain(secret);
    } finally {
      terminal.close();
      await cloud.close();
    }
  });

  it("Ctrl-C while waiting stops cleanly, prints the resume command, exits 130; the command resumes", async () => {
    const cloud = await startFakeCloud({ creatingPolls: 2 });
    const terminal = openTerminal(
      cliEnv({ ...TEST_CREDENTIALS, PATH: `${binDir()}:${process.env.PATH ?? ""}` }),
    );
    try {
      terminal.type(`cloudsnap create ${TARGET} --wait --endpoint ${cloud.origin}; echo "EXIT=$?"`);
      await terminal.waitFor(/Waiting for snapshot 20814323: INIT \(poll 1\)/);
      terminal.press("C-c");
      const stopped = await terminal.waitFor(/EXIT=\d+/);
      show("after Ctrl-C", stopped);
      expect(stopped).toContain("EXIT=130");
      expect(stopped).toContain("Snapshot 20814323 goes on being created on the provider's side.");
      const resume = `cloudsnap wait ${TARGET} 20814323 --endpoint ${cloud.origin}`;
      expect(stopped).toContain(`Resume waiting with:\n  ${resume}`);
      const polls = cloud.polls();
      terminal.type(`${resume}; echo "RESUMED=$?"`);
      const resumed = await terminal.waitFor(/RESUMED=\d+/);
      show("after resuming", resumed);
      expect(resumed).toContain("RESUMED=0");
      expect(resumed).toMatch(/Snapshot 20814323 of ncloud-vpc:20803168\?region=KR is ready\./);
      expect(cloud.polls()).toBeGreaterThan(polls);
      expect(
        cloud.requests.filter((r) => r.path.endsWith("/createBlockStorageSnapshotInstance")),
      ).toHaveLength(1);
    } finally {
      terminal.close();
      await cloud.close();
    }
  });

  it("bulk: a progress line with done/total, creates/s, backoffs and failures, then a summary per account", async () => {
    // Creates take 400 ms, the first is throttled (429, Retry-After 1 s), one volume is refused (400).
    const cloud = await startFakeCloud({
      createDelayMs: 400,
      throttleCreates: 1,
      createStatusFor: { "20803163": 400 },
    });
    const dir = bulkDir();
    const terminal = openTerminal(
      cliEnv({ ...TEST_CREDENTIALS, PATH: `${binDir()}:${process.env.PATH ?? ""}` }),
    );
    try {
      terminal.type(`cd ${dir}`);
      terminal.type(
        `cloudsnap bulk targets.txt --journal run.journal --concurrency 2 --rate 100 --endpoint ${cloud.origin}; echo "EXIT=$?"`,
      );
      // Mid-run: some done of 10, one backoff and one failure already, the run not over.
      const progress = await terminal.waitFor(
        /█*░+ [1-9]\/10 done · \d+\.\d creates\/s · 1 backoff · 1 failed · ETA \d+/,
      );
      show("bulk, mid-run", progress);
      expect(progress).not.toMatch(/^EXIT=\d+/m);
      expect(progress).toMatch(/line 4: ncloud-vpc:20803163: BadRequestError \(400\)/);
      const done = await terminal.waitFor(/EXIT=\d+/);
      show("bulk, when done", done);
      expect(done).toContain("EXIT=9");
      expect(done).toMatch(/█{20} 10\/10 done · \d+\.\d creates\/s · 1 backoff · 1 failed · \d+s elapsed/);
      expect(done).toMatch(/Done: 10 targets in \d+s: 9 created, 0 already existed or done, 1 failed\./);
      expect(done).toMatch(/account +created +existed +failed +throttled +rate\/s/);
      expect(done).toMatch(new RegExp(`ncloud public ${cloud.origin} +5 +0 +1 +\\d+ +\\d+\\.\\d`));
      expect(done).toMatch(new RegExp(`huaweicloud ${cloud.origin} +2 +0 +0 +\\d+ +\\d+\\.\\d`));
      expect(done).toMatch(new RegExp(`zstack ${cloud.origin} +2 +0 +0 +\\d+ +\\d+\\.\\d`));
      expect(done).toMatch(/^total +9 +0 +1 +1$/m);
      expect(done).toContain("1 target failed (listed above); exit code 9.");
      for (const secret of TEST_SECRETS) expect(done).not.toContain(secret);
    } finally {
      terminal.close();
      await cloud.close();
    }
  });

  it("bulk: Ctrl-C stops new creates, prints the resume command, exits 130; the command finishes the run", async () => {
    const cloud = await startFakeCloud({ createDelayMs: 500 });
    const dir = bulkDir();
    const terminal = openTerminal(
      cliEnv({ ...TEST_CREDENTIALS, PATH: `${binDir()}:${process.env.PATH ?? ""}` }),
    );
    try {
      terminal.type(`cd ${dir}`);
      terminal.type(
        `cloudsnap bulk targets.txt --journal run.journal --concurrency 2 --endpoint ${cloud.origin}; echo "EXIT=$?"`,
      );
      await terminal.waitFor(/[1-9]\/10 done/);
      terminal.press("C-c");
      const stopped = await terminal.waitFor(/EXIT=\d+/);
      show("bulk, after Ctrl-C", stopped);
      expect(stopped).toContain("EXIT=130");
      expect(stopped).toContain("Interrupted: no new create is sent; the creates in flight finish first");
      expect(stopped).toMatch(/Interrupted after \d+ targets? in \d+s: \d+ created/);
      const resume = `cloudsnap bulk targets.txt --journal run.journal --concurrency 2 --endpoint ${cloud.origin}`;
      expect(stopped).toContain(`Resume with:\n  ${resume}`);
      terminal.type("clear");
      terminal.type(`${resume}; echo "RESUMED=$?"`);
      const resumed = await terminal.waitFor(/RESUMED=\d+/);
      show("bulk, resumed", resumed);
      expect(resumed).toContain("RESUMED=0");
      expect(resumed).toMatch(
        /Done: 10 targets in \d+s: \d+ created, [1-9]\d* already existed or done, 0 failed\./,
      );
      const creates = cloud.requests.filter(isCreateRequest);
      expect(creates).toHaveLength(10);
    } finally {
      terminal.close();
      await cloud.close();
    }
  });
});
