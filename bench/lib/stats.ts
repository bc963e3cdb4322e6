/** The value below which `q` (0–1) of the sorted samples fall, linearly interpolated (type 7, as R and numpy). */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile ${q} is outside [0, 1]`);
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[above] ?? Number.NaN;
  return low + (high - low) * (position - below);
}

/** The middle value (mean of the two middle ones for an even count); `NaN` for no samples. */
export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5);
}

/** Median and interquartile range of per-round values: what every table row reports. */
export interface Summary {
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  /** How many per-round values went in. */
  readonly rounds: number;
}

/** Summarizes one variant's per-round values. */
export function summarize(samples: readonly number[]): Summary {
  return {
    median: median(samples),
    p25: quantile(samples, 0.25),
    p75: quantile(samples, 0.75),
    rounds: samples.length,
  };
}

/**
 * The median of the per-round differences `samples[i] - baseline[i]` (rounds paired by index; extra
 * samples of the longer list are ignored). On a machine whose load comes and goes, the two runs of
 * one round see the same load, so this moves far less than the difference of the two medians.
 */
export function pairedMedianDifference(samples: readonly number[], baseline: readonly number[]): number {
  const pairs = Math.min(samples.length, baseline.length);
  const differences: number[] = [];
  for (let i = 0; i < pairs; i++) differences.push((samples[i] ?? Number.NaN) - (baseline[i] ?? Number.NaN));
  return median(differences);
}

/** `value / floor`, or `NaN` when the floor is not a positive number. */
export function ratioTo(value: number, floor: number): number {
  return floor > 0 && Number.isFinite(value) ? value / floor : Number.NaN;
}

/** `items` rotated left by `by` places (any integer): round `r` of an interleaved run starts with item `r`. */
export function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const start = ((by % items.length) + items.length) % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}
