import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { FACADE_DIR, PACKAGES_DIR } from "./constants";
import { readAtRef } from "./git";

/** What the gate needs from one package.json. */
export interface PackageInfo {
  readonly name: string;
  readonly version: string;
  readonly dependencies: readonly string[];
}

/** Reads `packages/<dir>/package.json` from the working tree, or undefined when there is none. */
export async function readPackage(root: string, dir: string): Promise<PackageInfo | undefined> {
  const text = await readFile(join(root, PACKAGES_DIR, dir, "package.json"), "utf8").catch(() => undefined);
  return text === undefined ? undefined : parsePackage(text, `${PACKAGES_DIR}/${dir}/package.json`);
}

/** Reads `packages/<dir>/package.json` as it was at `ref`, or undefined when it did not exist. */
export async function readPackageAtRef(
  root: string,
  ref: string,
  dir: string,
): Promise<PackageInfo | undefined> {
  const path = `${PACKAGES_DIR}/${dir}/package.json`;
  const text = await readAtRef(root, ref, path);
  return text === undefined ? undefined : parsePackage(text, `${ref}:${path}`);
}

/** Parses the fields the gate uses; a manifest without name or version is an error. */
export function parsePackage(text: string, where: string): PackageInfo {
  const raw: unknown = JSON.parse(text);
  const record = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  if (typeof record.name !== "string" || typeof record.version !== "string") {
    throw new Error(`${where}: needs a name and a version`);
  }
  const deps = (field: string) => {
    const value = record[field];
    return typeof value === "object" && value !== null ? Object.keys(value) : [];
  };
  return {
    name: record.name,
    version: record.version,
    dependencies: [...deps("dependencies"), ...deps("peerDependencies")],
  };
}

/** The facade package, when this repository has one. */
export function readFacade(root: string): Promise<PackageInfo | undefined> {
  return readPackage(root, FACADE_DIR);
}

/** The major version number of a semver string (`1.2.3` → 1, `0.1.0` → 0). */
export function majorOf(version: string): number {
  const match = /^(\d+)\./.exec(version);
  if (!match?.[1]) throw new Error(`not a semver version: ${version}`);
  return Number(match[1]);
}
