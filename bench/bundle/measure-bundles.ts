import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { hasExport } from "../install/package-exports";

/** A tiny consumer: `import { <name> } from "<entry>"; export { <name> };` on one platform. */
export interface BundleTarget {
  readonly entry: string;
  readonly importName: string;
  /** Whether `importName` is the default export (openapi-fetch's createClient). */
  readonly isDefault?: boolean;
  readonly platform: "browser" | "node";
  readonly peer?: true;
}

/** What a bundle came to: gzip sizes of the initial load and of the lazy chunks. */
export type BundleRow = BundleTarget &
  (
    | {
        readonly status: "built";
        /** gzip -9 of the entry chunk plus the chunks it imports statically. */
        readonly initialGzip: number;
        /** gzip -9 of the chunks loaded only by `import()`. */
        readonly lazyGzip: number;
        readonly lazyChunks: number;
        readonly fastXmlParserInInitial: boolean;
      }
    | { readonly status: "n/a" | "fails"; readonly reason: string }
  );

const FAST_XML_PARSER = /(^|\/)node_modules\/fast-xml-parser\//;

const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/** The entry's output and every chunk reachable from it by static imports. */
function initialOutputs(metafile: Metafile, entryPoint: string): Set<string> {
  const entry = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint === entryPoint)?.[0];
  const initial = new Set<string>();
  const visit = (path: string) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const imported of metafile.outputs[path]?.imports ?? []) {
      if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
    }
  };
  if (entry) visit(entry);
  return initial;
}

function firstErrorLine(error: unknown): string {
  const errors = (error as { errors?: { text: string }[] }).errors;
  const text = errors?.[0]?.text ?? (error instanceof Error ? error.message : String(error));
  return text.split("\n")[0] ?? text;
}

/**
 * Bundles each consumer with esbuild (`--bundle --minify --format=esm --splitting`, the target's
 * platform), resolving from the tarball-installed project, and measures the initial chunk and the
 * lazy chunks (gzip level 9), and whether fast-xml-parser is in the initial chunk (from the metafile's
 * inputs). An entry the packages do not export is "n/a (no such export)"; a failed build is
 * "fails: <first error line>".
 */
export async function measureBundles(
  projectDir: string,
  targets: readonly BundleTarget[],
): Promise<BundleRow[]> {
  const consumers = join(projectDir, "bench-consumers");
  await mkdir(consumers, { recursive: true });
  const rows: BundleRow[] = [];
  for (const [index, target] of targets.entries()) {
    if (!hasExport(projectDir, target.entry)) {
      rows.push({ ...target, status: "n/a", reason: "n/a (no such export)" });
      continue;
    }
    const file = `bench-consumers/consumer-${index}.mjs`;
    const binding = target.isDefault ? target.importName : `{ ${target.importName} }`;
    await writeFile(
      join(projectDir, file),
      `import ${binding} from ${JSON.stringify(target.entry)};\nexport { ${target.importName} };\n`,
    );
    try {
      const result = await build({
        absWorkingDir: projectDir,
        entryPoints: [file],
        bundle: true,
        minify: true,
        format: "esm",
        splitting: true,
        platform: target.platform,
        outdir: join(consumers, `out-${index}`),
        write: false,
        metafile: true,
        logLevel: "silent",
      });
      const initial = initialOutputs(result.metafile, file);
      const byPath = new Map(result.outputFiles.map((output) => [output.path, output.contents]));
      let initialGzip = 0;
      let lazyGzip = 0;
      let lazyChunks = 0;
      let fastXmlParserInInitial = false;
      for (const [path, output] of Object.entries(result.metafile.outputs)) {
        const size = gzipSize(byPath.get(join(projectDir, path)) ?? new Uint8Array());
        if (initial.has(path)) {
          initialGzip += size;
          fastXmlParserInInitial ||= Object.keys(output.inputs).some((input) => FAST_XML_PARSER.test(input));
        } else {
          lazyGzip += size;
          lazyChunks++;
        }
      }
      rows.push({ ...target, status: "built", initialGzip, lazyGzip, lazyChunks, fastXmlParserInInitial });
    } catch (error) {
      rows.push({ ...target, status: "fails", reason: `fails: ${firstErrorLine(error)}` });
    }
  }
  return rows;
}
