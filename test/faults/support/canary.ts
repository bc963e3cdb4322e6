import { inspect } from "node:util";

/**
 * Every place `canary` shows in an error: its message, `String(error)`, `JSON.stringify(error)`,
 * its stack, Node's inspection, and any string reachable from its own fields and `cause` chain.
 * Empty when the secret stayed out.
 */
export function placesShowing(error: unknown, canary: string): string[] {
  const found: string[] = [];
  const check = (where: string, text: unknown) => {
    if (typeof text === "string" && text.includes(canary)) found.push(where);
  };
  check("String(error)", String(error));
  check("JSON.stringify(error)", JSON.stringify(error) ?? "");
  check("inspect(error)", inspect(error, { depth: 6 }));
  if (error instanceof Error) {
    check("error.message", error.message);
    check("error.stack", error.stack);
  }
  const visited = new Set<unknown>();
  const walk = (value: unknown, path: string, depth: number) => {
    if (typeof value === "string") return check(path, value);
    if (typeof value !== "object" || value === null || visited.has(value) || depth > 6) return;
    visited.add(value);
    const keys = new Set([...Object.getOwnPropertyNames(value), "cause", "message", "stack"]);
    for (const key of keys) {
      let child: unknown;
      try {
        child = (value as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      walk(child, `${path}.${key}`, depth + 1);
    }
  };
  walk(error, "error", 0);
  return found;
}
