// Environment variables, as credential providers read them.

/** Environment variables, passed in so tests and non-Node runtimes need no globals. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Options of the providers that read environment variables. */
export interface EnvOptions {
  /** Variables to read; defaults to `process.env` where it exists. */
  env?: Env;
}

/** `process.env` where there is one (Node, Bun, Deno's Node compat), else an empty object. */
export function processEnv(): Env {
  const process = (globalThis as { process?: { env?: Env } }).process;
  return process?.env ?? {};
}

/** A variable's value; unset, empty and blank all count as missing. */
export function readEnv(env: Env, name: string): string | undefined {
  let value: string | undefined;
  try {
    value = env[name];
  } catch {
    // Deno without --allow-env throws on read: treat as unset.
    return undefined;
  }
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** The first of `names` that is set, with its name. */
export function readFirstEnv(
  env: Env,
  names: readonly string[],
): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = readEnv(env, name);
    if (value !== undefined) return { name, value };
  }
  return undefined;
}
