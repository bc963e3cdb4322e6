/** A Markdown table; `|` inside a cell is escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => text.replaceAll("|", "\\|");
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** `1234.5` → `1235` (µs are shown whole). */
export const micros = (us: number) => (Number.isFinite(us) ? String(Math.round(us)) : "—");

/** `12.345` → `12.3`. */
export const millis = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : "—");

/** A signed difference: `+12.3`, `-0.4`. */
export const signed = (value: string, n: number) => (n >= 0 ? `+${value}` : value);

/** `1.9234` → `1.92×`. */
export const times = (ratio: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : "—");

/** Bytes as KiB with one decimal, the way the budgets are stated: `10240` → `10.0 KB`. */
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
