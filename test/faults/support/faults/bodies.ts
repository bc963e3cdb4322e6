import type { ServerResponse } from "node:http";
import type { Fault } from "../fault";

/** More than the facade's 8 MiB limit on a response body. */
export const HUGE_BODY_BYTES = 9 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, "a");

/** Answers a create's (or poll's) success status with a body the facade cannot decode. */
function garbled(key: string, label: string, contentType: string, body: (canary: string) => string): Fault {
  return {
    key,
    label,
    times: 1,
    async handle({ read, run, send, target, seen }) {
      const { status } = run(await read());
      send({ status, headers: { "content-type": contentType }, body: body(target.canary) });
      seen.disposition = `ran, answered ${status} ${label}`;
    },
  };
}

/** Writes `total` bytes, waiting (at most 2 s each time) for the client to take them, until it hangs up. */
async function writeMany(res: ServerResponse, total: number): Promise<void> {
  for (let written = 0; written < total && !res.destroyed; written += CHUNK.length) {
    if (res.write(CHUNK)) continue;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        res.off("drain", done);
        res.off("close", done);
        resolve();
      };
      const timer = setTimeout(done, 2_000);
      res.on("drain", done);
      res.on("close", done);
    });
  }
  if (!res.destroyed) res.end();
}

function huge(key: string, label: string, declareLength: boolean): Fault {
  return {
    key,
    label,
    times: 1,
    async handle({ res, read, run, date, seen }) {
      const { status } = run(await read());
      seen.disposition = `ran, answered ${status} with ${HUGE_BODY_BYTES} bytes`;
      res.writeHead(status, {
        "content-type": "application/json",
        date: date(),
        ...(declareLength ? { "content-length": String(HUGE_BODY_BYTES) } : {}),
      });
      await writeMany(res, HUGE_BODY_BYTES);
    },
  };
}

/** Bodies that are broken, mislabelled or too large, each on an otherwise successful answer. */
export const BODY_FAULTS: readonly Fault[] = [
  garbled(
    "malformed-json",
    "malformed JSON",
    "application/json",
    (canary) => `{"returnMessage": "${canary}", "list": [1, 2,`,
  ),
  garbled(
    "malformed-xml",
    "malformed XML",
    "application/xml",
    (canary) => `<?xml version="1.0"?><response><returnMessage>${canary}</returnMessage><open></response>`,
  ),
  garbled(
    "wrong-content-type",
    "wrong content type (text/html)",
    "text/html",
    (canary) => `<html><body><h1>Welcome to nginx!</h1><p>${canary}</p></body></html>`,
  ),
  huge("huge-body", "9 MiB body, chunked", false),
  huge("huge-body-declared", "9 MiB body, Content-Length declared", true),
];
