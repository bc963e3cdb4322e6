import type { FileAccess } from "../../src/core/credential-files";

/** An in-memory file system for credential file tests; records every path read. `null`: no home. */
export function memoryFiles(
  files: Record<string, string | Error>,
  home: string | null = "/home/u",
): Required<FileAccess> & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    homedir: () => home ?? undefined,
    readFile: async (path) => {
      reads.push(path);
      const content = files[path];
      if (content instanceof Error) throw content;
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return content;
    },
  };
}

/** The error a provider rejects with, or a failure if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error("expected a rejection");
}
