// The exact command that resumes waiting for a snapshot, with the flags that pick the same
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
