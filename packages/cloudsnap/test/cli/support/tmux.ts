// A real terminal for the CLI: a private tmux server (its own socket), one 120×30 window running a
// plain shell with exactly the environment given. Every wait is bounded in polls and in time; the
// server is killed by `close()`, which tests call in `finally`.

import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";

/** Whether tmux can be run here. */
export function hasTmux(): boolean {
  return spawnSync("tmux", ["-V"], { stdio: "ignore" }).status === 0;
}

/** One tmux server with one shell. */
export interface Terminal {
  /** Types a line and presses Enter. */
  type(line: string): void;
  /** Presses keys by tmux name (`C-c`). */
  press(...keys: string[]): void;
  /** The visible screen, wrapped lines joined, trailing blank lines dropped. */
  screen(): string;
  /** Polls the screen until `pattern` matches (every 100 ms, at most `timeoutMs`); returns the screen. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  close(): void;
}

/** Starts `sh` in a new tmux server with `env` as its whole environment. */
export function openTerminal(env: Readonly<Record<string, string>>): Terminal {
  const socket = `cloudsnap-cli-${process.pid}-${randomBytes(4).toString("hex")}`;
  const tmux = (...args: string[]) => execFileSync("tmux", ["-L", socket, ...args], { encoding: "utf8" });
  const assignments = Object.entries({ ...env, TERM: "xterm-256color", PS1: "$ " }).map(
    ([k, v]) => `${k}=${v}`,
  );
  tmux("-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "30", "env", "-i", ...assignments, "sh");
  const screen = () => tmux("capture-pane", "-p", "-J").replace(/\s+$/, "");
  return {
    type(line) {
      tmux("send-keys", "-l", line);
      tmux("send-keys", "Enter");
    },
    press: (...keys) => void tmux("send-keys", ...keys),
    screen,
    async waitFor(pattern, timeoutMs = 15_000) {
      const polls = Math.ceil(timeoutMs / 100);
      for (let i = 0; i < polls; i++) {
        const text = screen();
        if (pattern.test(text)) return text;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`the terminal never showed ${pattern} within ${timeoutMs} ms; it shows:\n${screen()}`);
    },
    close() {
      spawnSync("tmux", ["-L", socket, "kill-server"], { stdio: "ignore" });
    },
  };
}
