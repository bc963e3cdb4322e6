// The per-call measurement as its own plain-node process (compiled by compile-for-node.ts, started by
// run-per-call.ts). Arguments: the compiled server, the repository root, the options as JSON. Sends
// the result back over IPC.
import { measurePerCall, type PerCallOptions } from "./measure-per-call";

const [serverScript, repoRoot, optionsJson] = process.argv.slice(2);
if (!serverScript || !repoRoot || !optionsJson || !process.send) {
  throw new Error("usage: fork runner.mjs <server.mjs> <repository root> <options JSON>");
}
const options = JSON.parse(optionsJson) as PerCallOptions;
const result = await measurePerCall({ serverScript, repoRoot }, options);
// Exit once the result is out: nothing measured may keep this process alive.
process.send({ type: "result", result }, () => process.exit(0));
