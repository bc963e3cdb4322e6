import { describe, expect, it } from "vitest";
import { JournalError, parseJournal } from "../../src/unified/journal";

const HEADER = JSON.stringify({
  type: "journal",
  version: 1,
  startedAt: "2026-12-05T18:15:13.000Z",
  nameAt: "2026-12-05T18:15:13.000Z",
});
const AT = "2026-12-05T18:15:14.000Z";
const intent = (seq: number, target = `ncloud-vpc:${20800000 + seq}`, extra: object = {}) =>
  JSON.stringify({ type: "intent", seq, target, name: `snap-${seq}`, ...extra, at: AT });
const outcome = (seq: number, kind: string, target = `ncloud-vpc:${20800000 + seq}`, extra: object = {}) =>
  JSON.stringify({ type: "outcome", seq, target, outcome: kind, ...extra, at: AT });
const lines = (...all: string[]) => all.map((line) => `${line}\n`).join("");
const bytes = (text: string) => Buffer.byteLength(text, "utf8");

describe("parseJournal", () => {
  it.each([
    {
      name: "an empty file: no header, nothing kept",
      given: "",
      want: { header: false, entries: 0, keep: 0 },
    },
    {
      name: "a header torn mid-write: as if empty",
      given: HEADER.slice(0, 20),
      want: { header: false, entries: 0, keep: 0 },
    },
    {
      name: "a header alone",
      given: lines(HEADER),
      want: { header: true, entries: 0, keep: bytes(lines(HEADER)) },
    },
    {
      name: "a torn last record is cut, the rest kept",
      given: `${lines(HEADER, intent(0))}{"type":"outc`,
      want: { header: true, entries: 1, keep: bytes(lines(HEADER, intent(0))) },
    },
    {
      name: "a last record complete but for its newline is cut too (it may be half a write)",
      given: `${lines(HEADER, intent(0))}${outcome(0, "created")}`,
      want: { header: true, entries: 1, keep: bytes(lines(HEADER, intent(0))) },
    },
    {
      name: "bytes, not characters, are kept (a message in another script)",
      given: lines(
        HEADER,
        intent(0),
        outcome(0, "failed", undefined, { error: { name: "E", message: "볼륨을 찾을 수 없음" } }),
      ),
      want: {
        header: true,
        entries: 1,
        keep: bytes(
          lines(
            HEADER,
            intent(0),
            outcome(0, "failed", undefined, { error: { name: "E", message: "볼륨을 찾을 수 없음" } }),
          ),
        ),
      },
    },
  ])("$name", ({ given, want }) => {
    const parsed = parseJournal("run.jsonl", given);
    expect(parsed.header !== undefined).toBe(want.header);
    expect(parsed.entries.size).toBe(want.entries);
    expect(parsed.keep).toBe(want.keep);
  });

  it("keeps the intent and the last outcome of each target, in any order of targets", () => {
    const { entries } = parseJournal(
      "run.jsonl",
      lines(
        HEADER,
        intent(0),
        intent(1, undefined, { resourceUuid: "a".repeat(32), jobUuid: "b".repeat(32) }),
        outcome(1, "created"),
        intent(2, undefined, { before: ["now.20240403.164347"] }),
        outcome(0, "created"),
        outcome(0, "ready"),
      ),
    );
    expect(entries.get(0)).toMatchObject({ intent: { name: "snap-0" }, outcome: { outcome: "ready" } });
    expect(entries.get(1)).toMatchObject({
      intent: { resourceUuid: "a".repeat(32), jobUuid: "b".repeat(32) },
      outcome: { outcome: "created" },
    });
    expect(entries.get(2)?.intent?.before).toStrictEqual(["now.20240403.164347"]);
    expect(entries.get(2)?.outcome).toBeUndefined();
  });

  it("keeps a recorded outcome when an intent for the same target follows it", () => {
    const { entries } = parseJournal("run.jsonl", lines(HEADER, intent(0), outcome(0, "created"), intent(0)));
    expect(entries.get(0)).toMatchObject({ intent: { seq: 0 }, outcome: { outcome: "created" } });
  });

  it("drops a failed outcome when an intent follows it: the refused create is being tried again", () => {
    const { entries } = parseJournal("run.jsonl", lines(HEADER, intent(0), outcome(0, "failed"), intent(0)));
    expect(entries.get(0)).toMatchObject({ intent: { seq: 0 } });
    expect(entries.get(0)?.outcome).toBeUndefined();
  });

  it.each([
    {
      name: "a corrupt line in the middle",
      given: lines(HEADER, "{not json", intent(0)),
      line: 2,
      why: /not JSON/,
    },
    { name: "an empty line in the middle", given: lines(HEADER, "", intent(0)), line: 2, why: /not JSON/ },
    { name: "no header", given: lines(intent(0)), line: 1, why: /not a cloudsnap journal header/ },
    {
      name: "a header of another version",
      given: lines(HEADER.replace('"version":1', '"version":2')),
      line: 1,
      why: /header/,
    },
    {
      name: "a header with an unreadable nameAt",
      given: lines(HEADER.replace(/"nameAt":"[^"]*"/, '"nameAt":"yesterday"')),
      line: 1,
      why: /header/,
    },
    {
      name: "an unknown outcome",
      given: lines(HEADER, outcome(0, "maybe")),
      line: 2,
      why: /not a journal record/,
    },
    { name: "a negative position", given: lines(HEADER, intent(-1)), line: 2, why: /not a journal record/ },
    {
      name: "a fractional position",
      given: lines(HEADER, intent(1.5)),
      line: 2,
      why: /not a journal record/,
    },
    {
      name: "a record of another type",
      given: lines(HEADER, JSON.stringify({ type: "note", seq: 0, target: "x", at: AT })),
      line: 2,
      why: /not a journal record/,
    },
    {
      name: "one position under two targets",
      given: lines(HEADER, intent(0), outcome(0, "created", "ncloud-vpc:999")),
      line: 3,
      why: /about target #1 under another name/,
    },
  ])("refuses $name, naming the line", ({ given, line, why }) => {
    let error: unknown;
    try {
      parseJournal("run.jsonl", given);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(JournalError);
    expect(error).toMatchObject({ path: "run.jsonl", line });
    expect((error as Error).message).toMatch(why);
    expect((error as Error).message).toMatch(/nothing was sent/);
  });
});
