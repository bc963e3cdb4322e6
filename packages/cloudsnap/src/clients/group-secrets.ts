/** Where a client group keeps the way to ask its authorizer which secrets to scrub. */
export const GROUP_SECRETS: unique symbol = Symbol.for("cloudsnap.groupSecrets");

/** Something that may carry {@link GROUP_SECRETS}: a facade client group (or a fake of one). */
type MaybeWithSecrets = object & { [GROUP_SECRETS]?: () => readonly string[] };

/**
 * The secrets a client group knows (keys, tokens, sessions), so errors that the waiters build from
 * provider text can be scrubbed like the ones the HTTP pipeline builds. A group without them gives `[]`.
 */
export function secretsOf(group: unknown): readonly string[] {
  if (typeof group !== "object" || group === null) return [];
  const read = (group as MaybeWithSecrets)[GROUP_SECRETS];
  return typeof read === "function" ? read() : [];
}

/** Marks a group with its secrets (an enumerable symbol, so `{ ...group }` copies keep it). */
export function withSecrets<T extends object>(group: T, secrets: () => readonly string[]): T {
  (group as MaybeWithSecrets)[GROUP_SECRETS] = secrets;
  return group;
}
