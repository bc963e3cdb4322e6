import { inspect } from "node:util";

/** Prints one call's outcome readably: a heading, the HTTP status, then the body. */
export async function printResult(title: string, response: Response, data: unknown): Promise<void> {
  console.log(`\n── ${title}`);
  console.log(`   HTTP ${response.status} ${response.headers.get("content-type") ?? ""}`);
  const body =
    typeof data === "string" ? data.trim() : inspect(data, { depth: 6, colors: false, breakLength: 100 });
  console.log(body.replace(/^/gm, "   "));
}
