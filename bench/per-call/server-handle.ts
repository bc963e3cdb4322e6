import { type ChildProcess, fork } from "node:child_process";
import type { FromServer, ServerReport, ToServer } from "./server-protocol";

/** The running loopback server, from the bench's side. */
export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Turns signature checking on (every request is verified like the provider would) or off. */
  setVerify(on: boolean): Promise<void>;
  /** What the server saw since the previous report. */
  report(): Promise<ServerReport>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 20_000;
const REPLY_TIMEOUT_MS = 10_000;

/** Where the compiled server is and what it reads. */
export interface ServerSetup {
  /** The compiled `server.ts` (plain JavaScript, run by plain node). */
  readonly serverScript: string;
  readonly repoRoot: string;
}

/** Starts the server process with plain node (no loader hooks) and waits for its port. */
export async function startLoopbackServer(setup: ServerSetup): Promise<LoopbackServer> {
  const child = fork(setup.serverScript, [setup.repoRoot], {
    execArgv: [],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the loopback server did not start")), START_TIMEOUT_MS);
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the loopback server exited with ${code}`)));
    child.on("message", (message: FromServer) => {
      if (message.type !== "listening") return;
      clearTimeout(timer);
      resolve(message.port);
    });
  });
  child.removeAllListeners("exit");
  const ask = <T extends FromServer["type"]>(message: ToServer, reply: T) =>
    request(child, message, reply) as Promise<Extract<FromServer, { type: T }>>;
  return {
    origin: `http://127.0.0.1:${port}`,
    setVerify: async (on) => {
      await ask({ type: "verify", on }, "verify");
    },
    report: async () => {
      const { type: _type, ...report } = await ask({ type: "report" }, "report");
      return report;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => {
          child.kill("SIGKILL");
          resolve();
        }, REPLY_TIMEOUT_MS);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.send({ type: "stop" } satisfies ToServer);
      }),
  };
}

function request(child: ChildProcess, message: ToServer, reply: FromServer["type"]): Promise<FromServer> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off("message", onMessage);
      reject(new Error(`the loopback server did not answer ${message.type}`));
    }, REPLY_TIMEOUT_MS);
    const onMessage = (answer: FromServer) => {
      if (answer.type !== reply) return;
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve(answer);
    };
    child.on("message", onMessage);
    child.send(message);
  });
}
