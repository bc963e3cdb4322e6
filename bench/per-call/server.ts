// The loopback server, run as its own plain-node process (`fork`, compiled by compile-for-node.ts) so
// its work stays off the measured event loop. Argument: the repository root (specs, test vectors).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { FAKE_KEYS } from "../lib/constants";
import { type Answer, createRejections, createRoutes } from "./provider-answers";
import { type FromServer, SERVER_MAX_LIFETIME_MS, type ToServer } from "./server-protocol";
import { verifySignature } from "./verify-signature";

const repoRoot = process.argv[2];
if (!repoRoot) throw new Error("usage: server.mjs <repository root>");
const routes = createRoutes(repoRoot);
const rejections = createRejections(repoRoot);
const MAX_REASONS = 10;

let verify = false;
let served = 0;
let verified = 0;
let refused = 0;
let reasons: string[] = [];

function send(message: FromServer): void {
  process.send?.(message);
}

function write(response: ServerResponse, answer: Answer): void {
  response.writeHead(answer.status, { ...answer.headers, "Content-Length": answer.body.length });
  response.end(answer.body);
}

function refuse(response: ServerResponse, answer: Answer, reason: string): void {
  refused++;
  if (reasons.length < MAX_REASONS) reasons.push(reason);
  write(response, answer);
}

function handle(request: IncomingMessage, response: ServerResponse, body: Buffer): void {
  served++;
  const url = request.url ?? "/";
  const path = url.split("?", 1)[0] ?? "/";
  for (const route of routes) {
    if (route.method !== request.method) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (verify) {
      const problem = verifySignature(
        route.scheme,
        { method: request.method, url, headers: request.headers, body },
        FAKE_KEYS,
        Date.now(),
      );
      if (problem) {
        refuse(response, rejections[route.scheme], `${route.name}: ${problem}`);
        return;
      }
      verified++;
    }
    write(response, route.answer({ match, headers: request.headers }));
    return;
  }
  const notFound = { status: 404, headers: { "Content-Type": "text/plain" }, body: Buffer.from("no route") };
  refuse(response, notFound, `no route for ${request.method} ${path}`);
}

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => handle(request, response, Buffer.concat(chunks)));
});
// Keep-alive: connections outlive the pauses between rounds.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 125_000;

function stop(code: number): void {
  server.closeAllConnections();
  server.close(() => process.exit(code));
  setTimeout(() => process.exit(code), 2_000).unref();
}

process.on("message", (message: ToServer) => {
  if (message.type === "verify") {
    verify = message.on;
    send({ type: "verify", on: verify });
  } else if (message.type === "report") {
    send({ type: "report", served, verified, refused, reasons });
    served = 0;
    verified = 0;
    refused = 0;
    reasons = [];
  } else if (message.type === "stop") {
    stop(0);
  }
});
// The bench went away without saying stop: go too.
process.on("disconnect", () => stop(0));
setTimeout(() => stop(3), SERVER_MAX_LIFETIME_MS).unref();

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  send({ type: "listening", port: address.port });
});
