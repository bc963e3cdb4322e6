// Where a secret could show once an error or a log line leaves cloudsnap, and every spelling a
// server could reflect it in.

import { inspect } from "node:util";

/** A secret's spellings: raw, percent-encoded, base64 (standard, unpadded, URL-safe) and hex. */
export function spellings(secret: string): string[] {
  const bytes = Buffer.from(secret, "utf8");
  const base64 = bytes.toString("base64");
  return [
    ...new Set([
      secret,
      encodeURIComponent(secret),
      base64,
      base64.replace(/=+$/, ""),
      bytes.toString("base64url"),
      bytes.toString("hex"),
      bytes.toString("hex").toUpperCase(),
    ]),
  ];
}

/** Text a hostile server sends back: every secret in every spelling, plus what it received. */
export function echoOf(secrets: readonly string[], received = ""): string {
  const parts = secrets.flatMap((secret) => spellings(secret).map((form) => `[${form}]`));
  return `${parts.join(" ")} received: ${received}`;
}

/** Every printable surface of an error: message, stack, String(), JSON, inspection (both ways), fields, causes. */
export function surfacesOf(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (where: string, compute: () => unknown) => {
    try {
      const value = compute();
      if (typeof value === "string") out[where] = value;
    } catch (thrown) {
      out[where] = `(threw ${String(thrown)})`;
    }
  };
  add("String(error)", () => String(error));
  add("JSON.stringify(error)", () => JSON.stringify(error));
  add("inspect(error)", () => inspect(error, { depth: 10 }));
  add("inspect(error, customInspect: false)", () =>
    inspect(error, { depth: 10, customInspect: false, showHidden: true }),
  );
  const visited = new Set<unknown>();
  const walk = (value: unknown, path: string, depth: number) => {
    if (typeof value === "string") {
      out[path] = value;
      return;
    }
    if (typeof value !== "object" || value === null || visited.has(value) || depth > 8) return;
    visited.add(value);
    const keys = new Set<string | symbol>([...Reflect.ownKeys(value), "cause", "message", "stack", "name"]);
    for (const key of keys) {
      let child: unknown;
      try {
        child = (value as Record<string | symbol, unknown>)[key];
      } catch {
        continue;
      }
      walk(child, `${path}.${String(key)}`, depth + 1);
    }
    if (value instanceof Error || (value as { toJSON?: unknown }).toJSON) {
      add(`${path} as JSON`, () => JSON.stringify(value));
    }
  };
  walk(error, "error", 0);
  return out;
}

/** Where any spelling of any secret shows on `surfaces`: `[]` when none does. */
export function leaks(surfaces: Readonly<Record<string, string>>, secrets: readonly string[]): string[] {
  const found: string[] = [];
  for (const secret of secrets) {
    if (secret.length < 8) continue;
    for (const form of spellings(secret)) {
      for (const [where, text] of Object.entries(surfaces)) {
        if (text.includes(form))
          found.push(`${where} shows ${form === secret ? "a secret" : `a spelling (${form})`}`);
      }
    }
  }
  return found;
}

/** A logger that keeps every debug line (message and fields) for {@link leaks}. */
export function recordingLogger() {
  const lines: string[] = [];
  return {
    logger: {
      debug(message: string, fields?: Readonly<Record<string, unknown>>) {
        lines.push(`${message} ${JSON.stringify(fields ?? {})}`);
      },
    },
    surfaces: () => Object.fromEntries(lines.map((line, i) => [`log line ${i + 1}`, line])),
  };
}

/** Runs `work` and returns what it threw (or `undefined` when it resolved). */
export async function caught(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
    return undefined;
  } catch (error) {
    return error;
  }
}
