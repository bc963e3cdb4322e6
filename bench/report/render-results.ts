import type { BundleRow } from "../bundle/measure-bundles";
import type { ColdImportRow } from "../cold-import/measure-cold-import";
import type { Machine } from "../lib/machine";
import type { PerCallResult } from "../per-call/measure-per-call";
import { kilobytes, micros, millis, signed, table, times } from "./markdown";

/** Everything one `pnpm bench` run measured. */
export interface BenchResults {
  readonly machine: Machine;
  readonly command: string;
  readonly perCall: PerCallResult;
  readonly coldImport: { readonly rows: readonly ColdImportRow[]; readonly roundsRun: number };
  readonly bundles: readonly BundleRow[];
  readonly durationMs: number;
  /** 1-minute load average when the run ended (the header's machine has the one at the start). */
  readonly loadAverageAtEnd: number;
}

const METHOD = `Measured only through the public API of the built packages, so the same bench compares the
code before and after a rewrite.

- **Per call**: one loopback keep-alive HTTP server (\`node:http\` on 127.0.0.1, port 0, in its own
  process) answers like each provider, with the specs' examples (the Classic NAS XML is the provider
  sample in \`test/vectors/xml\`). Before timing, every variant calls once while the server verifies
  each signature as the provider's gateway would; during timing it does not verify. After a warm-up,
  interleaved rounds: in each round every variant of a scenario makes N sequential calls (one
  tinybench \`Bench\` per round, variants in an order rotated each round) and the round's median µs
  per call is kept. The table shows the median across rounds, its interquartile range, the ratio to
  the floor's median and the absolute overhead. The calls run in a plain \`node\` process (the
  bench's TypeScript compiled by esbuild first): under tsx's loader hooks each \`import()\` the
  measured code makes would cost a round trip to the hooks thread. The **floor** is plain global \`fetch(url, init)\` plus
  a \`node:crypto\` signature making the same correctly signed request(s) and reading the answer
  (\`JSON.parse(await res.text())\`; the text only for XML).
- **Cold import**: cloudsnap and the three \`@cloudsnap/*\` packages are packed (\`pnpm pack\`) and
  installed with npm into a scratch project under the OS temp dir; each entry is timed as a fresh
  \`node --input-type=module -e 'await import("<entry>")'\` against \`node -e 1\`, in interleaved rounds
  (after two rounds thrown away); medians, and "over bare node" as the median of the per-round
  differences (both runs of a round share the machine's load). The first \`import()\` of an empty
  local module shows Node's own share (starting its ESM loader), which every entry's figure includes.
- **Bundle size**: esbuild \`--bundle --minify --format=esm --splitting\` of a one-line consumer
  (\`import { createX } from "<entry>"; export { createX };\`), resolved from the same installed
  project, for \`--platform=browser\` and \`--platform=node\`. "Initial" is the entry chunk plus the
  chunks it imports statically; "lazy" is what only \`import()\` loads; sizes are gzip level 9.`;

function machineLines(results: BenchResults): string {
  const { machine } = results;
  const busy = Math.max(machine.loadAverage, results.loadAverageAtEnd) > machine.cpuCount;
  return [
    ...(busy
      ? [
          "- **note: the machine was busy** (load average above its CPU count): absolute figures are inflated " +
            "and noisier; ratios and differences within interleaved rounds hold up better.",
        ]
      : []),
    `- machine: Node ${machine.node}, ${machine.cpuCount} CPUs (${machine.cpuModel}), 1-min load average ${machine.loadAverage.toFixed(2)} at start, ${results.loadAverageAtEnd.toFixed(2)} at end`,
    `- date: ${machine.date}`,
    `- command: \`${results.command}\` (took ${(results.durationMs / 1000).toFixed(0)} s)`,
    `- code measured: ${machine.code}`,
  ].join("\n");
}

function perCallSection(perCall: PerCallResult): string {
  const rows = perCall.rows.map((row) => [
    row.scenario,
    row.variant,
    micros(row.summary.median),
    row.isFloor ? "1.00× (floor)" : times(row.ratioToFloor),
    row.isFloor ? "—" : `${signed(micros(row.overheadUs), row.overheadUs)} µs`,
    `${micros(row.summary.p25)}–${micros(row.summary.p75)}`,
  ]);
  return [
    "## Per call",
    "",
    `${perCall.roundsRun} interleaved rounds × ${perCall.callsPerRound} calls per variant (${(perCall.elapsedMs / 1000).toFixed(0)} s); µs per call, requests per call in the scenario name.`,
    "",
    table(["scenario", "variant", "median µs/call", "ratio to floor", "overhead", "p25–p75 µs"], rows),
  ].join("\n");
}

function coldImportSection(coldImport: BenchResults["coldImport"]): string {
  const rows = coldImport.rows.map((row) => {
    const label = row.peer ? `${row.label} (peer)` : row.label;
    if (row.status === "n/a") return [label, row.reason, "—", "—"];
    return [
      label,
      `${millis(row.summary.median)} ms`,
      row.baseline ? "baseline" : `${signed(millis(row.overBareMs), row.overBareMs)} ms over bare node`,
      `${millis(row.summary.p25)}–${millis(row.summary.p75)}`,
    ];
  });
  return [
    "## Cold import (installed from tarballs)",
    "",
    `${coldImport.roundsRun} interleaved rounds; wall time of a fresh \`node\` process.`,
    "",
    table(["entry", "median", "over bare node", "p25–p75 ms"], rows),
  ].join("\n");
}

function bundleSection(bundles: readonly BundleRow[]): string {
  const rows = bundles.map((row) => {
    const consumer = `${row.importName} from "${row.entry}"${row.peer ? " (peer)" : ""}`;
    if (row.status !== "built") return [consumer, row.platform, row.reason, "—", "—"];
    return [
      consumer,
      row.platform,
      kilobytes(row.initialGzip),
      row.lazyChunks === 0 ? "none" : `${kilobytes(row.lazyGzip)} in ${row.lazyChunks} chunk(s)`,
      row.fastXmlParserInInitial ? "yes" : "no",
    ];
  });
  return [
    "## Bundle size (esbuild, minified, gzip -9)",
    "",
    table(["consumer", "platform", "initial chunk", "lazy", "fast-xml-parser in initial"], rows),
  ].join("\n");
}

/** The results as one Markdown document: header, method, machine, then the three tables. */
export function renderResults(results: BenchResults): string {
  return [
    "# cloudsnap benchmark results",
    "",
    METHOD,
    "",
    machineLines(results),
    "",
    perCallSection(results.perCall),
    "",
    coldImportSection(results.coldImport),
    "",
    bundleSection(results.bundles),
    "",
  ].join("\n");
}
