import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { FrontRequest, Verdict } from "./front-types";

/** A loopback proxy in front of one Prism mock that checks signatures Prism cannot check. */
export interface VerifyingFront {
  readonly url: string;
  /** Every request that reached the front, with the verdict it got. */
  readonly seen: { request: FrontRequest; verdict: Verdict }[];
  close(): Promise<void>;
}

/**
 * Starts a front on 127.0.0.1: a request that fails `verify` gets the provider's own rejection;
 * one that passes is forwarded to `target` (Prism) and the answer relayed. `observe` sees each
 * forwarded answer (to learn issued tokens and sessions).
 */
export async function startVerifyingFront(
  target: string,
  verify: (request: FrontRequest) => Verdict,
  observe?: (request: FrontRequest, response: Response, body: string) => void,
): Promise<VerifyingFront> {
  const seen: VerifyingFront["seen"] = [];
  const server = createServer((incoming, outgoing) => {
    void handle(incoming).then(
      ({ status, headers, body }) => {
        outgoing.writeHead(status, headers);
        outgoing.end(body);
      },
      (error: unknown) => {
        outgoing.writeHead(502, { "content-type": "text/plain" });
        outgoing.end(`front failure: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  });
  const handle = async (incoming: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(incoming.headers))
      if (typeof value === "string") headers[name] = value;
    const request: FrontRequest = {
      method: incoming.method ?? "GET",
      target: incoming.url ?? "/",
      headers,
      body: Buffer.concat(chunks),
      host: headers.host ?? "",
    };
    const verdict = verify(request);
    seen.push({ request, verdict });
    if (!verdict.ok)
      return { status: verdict.status, headers: { "content-type": verdict.contentType }, body: verdict.body };
    const forwardHeaders = Object.fromEntries(
      Object.entries(headers).filter(([name]) => !["host", "connection", "content-length"].includes(name)),
    );
    const response = await fetch(`${target}${request.target}`, {
      method: request.method,
      headers: forwardHeaders,
      ...(request.body.length ? { body: new Uint8Array(request.body) } : {}),
    });
    const body = await response.text();
    observe?.(request, response, body);
    const relayed: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!["content-length", "content-encoding", "transfer-encoding", "connection"].includes(name))
        relayed[name] = value;
    });
    return { status: response.status, headers: relayed, body };
  };
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
