import { readdirSync, readFileSync } from "node:fs";

/** The inputs of a signature vector (test/vectors/<scheme>/*.json) and the headers it must produce. */
export interface SigningVector {
  readonly file: string;
  readonly given: {
    readonly method: string;
    readonly url: string;
    readonly headers: Record<string, string>;
    readonly body: string | null;
    readonly now: string;
    readonly credentials: Record<string, string>;
    readonly timeZone?: string;
    /** Set when the Date text came from another client; such vectors skip the date steps. */
    readonly dateHeader?: string;
  };
  readonly want: { readonly headers: Record<string, string> };
}

export type Scheme = "ncloud" | "huaweicloud" | "zstack";

/** Every vector of a scheme whose inputs a signer can replay (ZStack ones with a literal Date cannot). */
export function loadVectors(scheme: Scheme): SigningVector[] {
  const dir = new URL(`../vectors/${scheme}/`, import.meta.url);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(new URL(file, dir), "utf8")) }) as SigningVector)
    .filter((vector) => vector.given.dateHeader === undefined);
}
