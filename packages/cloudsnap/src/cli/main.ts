// The `cloudsnap` bin (dist/cli.js, with a `#!/usr/bin/env node` banner from tsdown). Nothing in
// the library imports this folder; see test/cli/import-graph.test.ts.

import { type CliIo, processIo } from "./io";
import { run } from "./run";

const io: CliIo = {
  ...processIo(),
  onInterrupt(listener) {
    // The first Ctrl-C stops the command cleanly; a second one, while it winds down, ends it at once.
    let presses = 0;
    const onSigint = () => {
      presses += 1;
      if (presses > 1) process.exit(130);
      listener();
    };
    process.on("SIGINT", onSigint);
    return () => process.off("SIGINT", onSigint);
  },
};

const code = await run(process.argv.slice(2), io);
// Let stdout and stderr drain (pipes may be asynchronous), then end: an idle keep-alive socket or
// the terminal's input must not hold the process open.
await Promise.all([
  new Promise((resolve) => process.stdout.write("", resolve)),
  new Promise((resolve) => process.stderr.write("", resolve)),
]);
process.exit(code);
