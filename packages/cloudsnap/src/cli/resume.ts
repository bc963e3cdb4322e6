// The exact command that resumes waiting for a snapshot (or a bulk run), with the flags that pick the same
// provider endpoint and credentials, quoted for a POSIX shell.

const SAFE = /^[A-Za-z0-9_\-.,:/@%+=]+$/;

/** One word for a POSIX shell: as it is when safe, else in single quotes. */
export function shellQuote(word: string): string {
  if (word !== "" && SAFE.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** What the resume command repeats from the command that was interrupted. */
export interface ResumeFlags {
  readonly endpoint?: string;
  readonly profile?: string;
  readonly json?: boolean;
}

/** `cloudsnap wait '<target>' <id> [--endpoint …] [--profile …] [--json]`. */
export function resumeCommand(target: string, id: string, flags: ResumeFlags): string {
  const words = ["cloudsnap", "wait", target, id];
  if (flags.endpoint !== undefined) words.push("--endpoint", flags.endpoint);
  if (flags.profile !== undefined) words.push("--profile", flags.profile);
  if (flags.json) words.push("--json");
  return words.map((word, i) => (i < 2 ? word : shellQuote(word))).join(" ");
}

/** What the command that resumes a bulk run repeats: its targets, journal and every setting. */
export interface BulkResumeFlags extends ResumeFlags {
  readonly journal: string;
  readonly concurrency?: string;
  readonly rate?: string;
  readonly wait?: boolean;
  readonly timeout?: string;
  readonly description?: string;
}

/** `cloudsnap bulk <targets-file> --journal <file> [the same flags]`: run again, it finishes the run. */
export function bulkResumeCommand(source: string, flags: BulkResumeFlags): string {
  const words = ["cloudsnap", "bulk", source, "--journal", flags.journal];
  if (flags.concurrency !== undefined) words.push("--concurrency", flags.concurrency);
  if (flags.rate !== undefined) words.push("--rate", flags.rate);
  if (flags.wait) words.push("--wait");
  if (flags.timeout !== undefined) words.push("--timeout", flags.timeout);
  if (flags.description !== undefined) words.push("--description", flags.description);
  if (flags.endpoint !== undefined) words.push("--endpoint", flags.endpoint);
  if (flags.profile !== undefined) words.push("--profile", flags.profile);
  if (flags.json) words.push("--json");
  return words.map((word, i) => (i < 2 ? word : shellQuote(word))).join(" ");
}
