// The CLI on a real terminal (tmux): the spinner line with the elapsed time and the provider's
// status while waiting, the summary, and Ctrl-C during a wait with the resume command, which is then
// typed as printed and resumes.

import { describe, expect, it } from "vitest";
import { startFakeCloud } from "./support/fake-cloud";
import { binDir, cliEnv, TEST_CREDENTIALS, TEST_SECRETS } from "./support/run-cli";
import { hasTmux, openTerminal } from "./support/tmux";

const TARGET = "'ncloud-vpc:20803168?region=KR'";
/** `CLOUDSNAP_SHOW_TTY=1` prints each screen the tests check. */
const show = (label: string, screen: string) => {
  if (process.env.CLOUDSNAP_SHOW_TTY === "1") console.log(`--- tmux: ${label} ---\n${screen}`);
};

describe.skipIf(!hasTmux())("cloudsnap on a terminal (tmux)", { timeout: 40_000 }, () => {
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
});
