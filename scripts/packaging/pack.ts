import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { toolEnv } from "./child-env";
import { TIMEOUTS_MS } from "./constants";
import { describeFailure, runCommand, succeeded } from "./run-command";

/** One workspace package packed the way it will be published. */
export interface PackedPackage {
  readonly name: string;
  readonly version: string;
  /** Absolute path of the `.tgz`. */
  readonly tarball: string;
  /** Paths inside the tarball, relative to its `package/` root. */
  readonly files: readonly string[];
}

interface PnpmPackJson {
  name: string;
  version: string;
  filename: string;
  files: { path: string }[];
}

/**
 * `pnpm pack` (which rewrites `workspace:` versions and applies `publishConfig`, as `pnpm publish`
 * does) for each package folder, into `destination`.
 */
export async function packPackages(
  repoRoot: string,
  packageDirs: readonly string[],
  destination: string,
): Promise<PackedPackage[]> {
  return Promise.all(
    packageDirs.map(async (dir) => {
      const result = await runCommand("pnpm", ["pack", "--pack-destination", destination, "--json"], {
        cwd: join(repoRoot, dir),
        env: toolEnv({ COREPACK_ENABLE_DOWNLOAD_PROMPT: "0" }),
        timeoutMs: TIMEOUTS_MS.pack,
      });
      if (!succeeded(result)) throw new Error(describeFailure(`pack ${dir}`, result));
      const json = parsePackJson(result.stdout, dir);
      await assertBuilt(join(repoRoot, dir), json);
      return {
        name: json.name,
        version: json.version,
        tarball: json.filename,
        files: json.files.map((file) => file.path).sort(),
      };
    }),
  );
}

function parsePackJson(stdout: string, dir: string): PnpmPackJson {
  // Lifecycle scripts may print before the JSON document.
  const start = stdout.indexOf("{");
  try {
    const json = JSON.parse(stdout.slice(start)) as PnpmPackJson;
    if (typeof json.filename !== "string" || !Array.isArray(json.files)) throw new Error("unexpected shape");
    return json;
  } catch (error) {
    throw new Error(`pack ${dir}: could not read pnpm pack --json output:\n${stdout.slice(0, 2_000)}`, {
      cause: error,
    });
  }
}

/** Fails fast, with one clear message, when a package was packed before (or while) it was built. */
async function assertBuilt(packageDir: string, json: PnpmPackJson): Promise<void> {
  const manifest: Record<string, unknown> = JSON.parse(
    await readFile(join(packageDir, "package.json"), "utf8"),
  );
  const packed = new Set(json.files.map((file) => file.path));
  const missing = ["main", "module", "types"]
    .map((field) => manifest[field])
    .filter((entry): entry is string => typeof entry === "string")
    .map((entry) => entry.replace(/^\.\//, ""))
    .filter((entry) => !packed.has(entry));
  if (missing.length > 0) {
    throw new Error(
      `${json.name} was packed without ${missing.join(", ")}: build it first (\`pnpm build\`; the turbo task test:packaging depends on ^build)`,
    );
  }
}
