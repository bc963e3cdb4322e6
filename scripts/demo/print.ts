import { inspect } from "node:util";

/** Prints one decoded result readably: a heading, then the value. */
export function printResult(title: string, value: unknown): void {
  console.log(`\n── ${title}`);
  console.log(inspect(value, { depth: 6, colors: false, breakLength: 100 }).replace(/^/gm, "   "));
}
