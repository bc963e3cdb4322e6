/** NCP's wire form of a list item (`blockStorageSnapshotInstanceNoList.1`) names the list field. */
const WIRE_INDEX = /\.\d+$/;
const SEPARATORS = /[-_.\s]/g;

/**
 * The known field a mistyped name most likely meant, or `undefined` when none is close: same letters
 * ignoring case and separators (`volumeId` → `volume_id`, `x-job-uuid` → `X-Job-UUID`), else the
 * nearest by edit distance within a bound that grows with the name's length.
 */
export function suggestField(given: string, known: readonly string[]): string | undefined {
  const wanted = normalize(given.replace(WIRE_INDEX, ""));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(wanted, normalize(candidate));
    const bound = Math.min(3, Math.floor(Math.max(wanted.length, candidate.length) / 4));
    if (distance <= bound && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function normalize(name: string): string {
  return name.replace(SEPARATORS, "").toLowerCase();
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(distance);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}
