import { readFileSync } from "node:fs";
import { join } from "node:path";

/** `cloudsnap/ncloud` → `{ name: "cloudsnap", subpath: "./ncloud" }`; scoped names keep their scope. */
export function splitSpecifier(specifier: string): { name: string; subpath: string } {
  const parts = specifier.split("/");
  const size = specifier.startsWith("@") ? 2 : 1;
  const name = parts.slice(0, size).join("/");
  const rest = parts.slice(size).join("/");
  return { name, subpath: rest ? `./${rest}` : "." };
}

/**
 * Whether the package installed in `projectDir` exports `specifier` (its exports map has that key).
 * Lets the bench report "n/a (no such export)" for an entry that does not exist yet, instead of
 * failing, so the same bench runs before and after the entry is added.
 */
export function hasExport(projectDir: string, specifier: string): boolean {
  const { name, subpath } = splitSpecifier(specifier);
  let manifest: { exports?: unknown };
  try {
    manifest = JSON.parse(readFileSync(join(projectDir, "node_modules", name, "package.json"), "utf8"));
  } catch {
    return false;
  }
  const { exports } = manifest;
  if (exports === undefined || typeof exports === "string" || Array.isArray(exports)) return subpath === ".";
  if (exports === null || typeof exports !== "object") return false;
  const keys = Object.keys(exports);
  // An exports object of conditions only ("import", "default", …) describes "." alone.
  if (!keys.some((key) => key.startsWith("."))) return subpath === ".";
  return keys.includes(subpath);
}
