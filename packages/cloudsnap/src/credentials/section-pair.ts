import { CredentialsError } from "../errors/credentials-error";
import type { IniEntry } from "./parse-ini";

/** Where a pair of keys was looked up, for error messages. */
export interface SectionLocation {
  path: string;
  section: string;
}

/**
 * Both values of a key pair from one INI section. Neither set is `not-found`; one set is
 * `invalid`, naming the file, the line of the key that is there and the key that is missing.
 */
export function pairFromSection(
  section: ReadonlyMap<string, IniEntry>,
  firstKey: string,
  secondKey: string,
  where: SectionLocation,
): [string, string] {
  const first = nonEmpty(section.get(firstKey));
  const second = nonEmpty(section.get(secondKey));
  if (first !== undefined && second !== undefined) return [first.value, second.value];
  if (first === undefined && second === undefined) {
    throw new CredentialsError(`${where.path} has no ${firstKey} / ${secondKey} in [${where.section}]`, {
      tried: [where.path],
    });
  }
  const [present, presentKey, missingKey] =
    first === undefined ? [second, secondKey, firstKey] : [first, firstKey, secondKey];
  throw new CredentialsError(
    `${where.path}, line ${present?.line}: ${presentKey} is set but ${missingKey} is missing in [${where.section}]`,
    { tried: [where.path], reason: "invalid" },
  );
}

/** An entry with a non-blank value; blank values count as missing. */
export function nonEmpty(entry: IniEntry | undefined): IniEntry | undefined {
  return entry !== undefined && entry.value.trim() !== "" ? entry : undefined;
}
