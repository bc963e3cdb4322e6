import { isBuiltin } from "node:module";
import { build, type Plugin } from "esbuild";

/**
 * Leaves every package import out of the bundle, pointing it at the file Node itself resolves from
 * the bench (a `file:` URL), so the compiled file can live anywhere and still load the workspace's
 * built packages exactly as an `import` from the bench would.
 */
const packagesAsResolvedUrls: Plugin = {
  name: "bench:packages-as-resolved-urls",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (isBuiltin(args.path)) return { path: args.path, external: true };
      return { path: import.meta.resolve(args.path), external: true };
    });
  },
};

/**
 * Compiles bench entry files (TypeScript) to plain ESM JavaScript in `outDir`, one file per entry,
 * with the bench's own modules bundled in and packages left external. The per-call runner and the
 * loopback server then run on plain node: under tsx, every `import()` of the code under test would
 * go through its loader hooks (a round trip to the hooks thread), a cost no real caller pays.
 */
export async function compileForNode(entries: Record<string, string>, outDir: string): Promise<void> {
  await build({
    entryPoints: entries,
    outdir: outDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    plugins: [packagesAsResolvedUrls],
    logLevel: "warning",
  });
}
