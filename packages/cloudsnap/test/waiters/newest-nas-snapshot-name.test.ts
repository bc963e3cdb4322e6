import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors";
import { type NasVolumeSnapshot, newestNasSnapshotName } from "../../src/providers/ncloud/nas";
import { nasSnapshotList, SEED_NAS_SNAPSHOTS, THREE_NAS_SNAPSHOTS } from "./support/ncloud-examples";

const snap = (nasVolumeSnapshotName: string, createDate: string): NasVolumeSnapshot => ({
  nasVolumeSnapshotName,
  createDate,
  snapshotSize: 0,
  isBusy: false,
});

describe("newestNasSnapshotName", () => {
  const cases = [
    {
      name: "takes the latest createDate from the seed's create answer",
      given: nasSnapshotList(SEED_NAS_SNAPSHOTS),
      want: "now.20240403.164347",
    },
    { name: "accepts the bare list", given: THREE_NAS_SNAPSHOTS, want: "now.20240403.164347" },
    {
      name: "compares dates across UTC offsets, not as text",
      given: [snap("a", "2024-04-03T16:00:00+0900"), snap("b", "2024-04-03T08:30:00+0000")],
      want: "b",
    },
    {
      name: "breaks a tie on the date by the greater name",
      given: [
        snap("now.20240403.164347", "2024-04-03T16:43:47+0900"),
        snap("now.20240403.164348", "2024-04-03T16:43:47+0900"),
      ],
      want: "now.20240403.164348",
    },
    {
      name: "prefers a snapshot with a readable date over one without",
      given: [snap("zzz", "not a date"), snap("now.20240101.000000", "2024-01-01T00:00:00+0900")],
      want: "now.20240101.000000",
    },
  ];
  it.each(cases)("$name", ({ given, want }) => {
    expect(newestNasSnapshotName(given)).toBe(want);
  });

  const empty = [
    { name: "an empty list", given: [] },
    { name: "an answer without a list", given: { nasVolumeSnapshotList: undefined } },
  ];
  it.each(empty)("rejects $name with a ValidationError", ({ given }) => {
    expect(() => newestNasSnapshotName(given)).toThrow(ValidationError);
    expect(() => newestNasSnapshotName(given)).toThrow(
      "newestNasSnapshotName: nasVolumeSnapshotList must have at least 1 items (minItems)",
    );
  });
});
