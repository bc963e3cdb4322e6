import type { classicNas } from "@cloudsnap/ncloud";
import { createValidationError } from "../errors";

/** One snapshot of a Classic NAS volume. */
export type NasVolumeSnapshot = classicNas.components["schemas"]["NasVolumeSnapshot"];

/** A snapshot list, or an answer holding one (`createNasVolumeSnapshot`'s decoded result). */
export type NasSnapshotListLike =
  | readonly NasVolumeSnapshot[]
  | { readonly nasVolumeSnapshotList?: readonly NasVolumeSnapshot[] };

/**
 * The name of the most recently taken snapshot in a list: latest `createDate`, ties broken by the
 * greater name (on-demand names are `now.YYYYMMDD.HHmmss`). Use it on `createNasVolumeSnapshot`'s
 * answer, which lists every snapshot of the volume after the new one was taken, to learn the new
 * snapshot's name. The server's dates are compared with each other only, never with the local
 * clock, so clock skew cannot pick the wrong one; only a snapshot taken at the same moment by
 * someone else (e.g. the automatic schedule) could. An empty list is a `ValidationError`.
 */
export function newestNasSnapshotName(list: NasSnapshotListLike): string {
  const items = Array.isArray(list)
    ? list
    : ((list as { nasVolumeSnapshotList?: NasVolumeSnapshot[] })?.nasVolumeSnapshotList ?? []);
  let newest: { name: string; at: number } | undefined;
  for (const item of items as readonly NasVolumeSnapshot[]) {
    const candidate = { name: item.nasVolumeSnapshotName, at: parseNcpDate(item.createDate) };
    if (!newest || isLater(candidate, newest)) newest = candidate;
  }
  if (!newest) {
    throw createValidationError({
      operation: "newestNasSnapshotName",
      path: "nasVolumeSnapshotList",
      rule: "minItems",
      expected: 1,
    });
  }
  return newest.name;
}

function isLater(a: { name: string; at: number }, b: { name: string; at: number }): boolean {
  if (a.at !== b.at) return Number.isNaN(b.at) || a.at > b.at;
  return a.name > b.name;
}

/** `2024-04-03T16:43:47+0900` (NCP's offset has no colon) → epoch ms, or `NaN`. */
function parseNcpDate(text: string): number {
  return Date.parse(String(text).replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
}
