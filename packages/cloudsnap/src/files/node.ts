// Credential files under Node, Deno and Bun (the `node` condition of `#files`). The Node modules
// are loaded on the first read, not at import: most programs never read a credentials file.

/** Reads a UTF-8 file with `node:fs`. */
export async function readFile(path: string): Promise<string> {
  const fs = await import("node:fs/promises");
  return fs.readFile(path, "utf8");
}

/** The user's home directory, or `undefined` when the runtime has none. */
export async function homedir(): Promise<string | undefined> {
  try {
    return (await import("node:os")).homedir();
  } catch {
    return undefined;
  }
}

/** An append-only file opened for a bulk run's journal. */
export interface AppendLog {
  /** What the file held when it was opened ("" for a new file). */
  readonly existing: string;
  /** Appends `text` and waits until it is on disk (`fdatasync`). */
  append(text: string): Promise<void>;
  /** Cuts the file to `length` bytes (a torn last line after a crash). */
  truncate(length: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens (or creates) an append-only log and takes its lock: `<path>.lock` holds the owner's pid. A
 * lock whose process is gone (a crash, `kill -9`) is taken over; a live one is refused, so two runs
 * never write one journal.
 */
export async function openAppendLog(path: string): Promise<AppendLog> {
  const fs = await import("node:fs/promises");
  const lockPath = `${path}.lock`;
  await takeLock(fs, lockPath);
  try {
    const handle = await fs.open(path, "a+");
    const existing = await handle.readFile("utf8");
    let closed = false;
    return {
      existing,
      async append(text) {
        await handle.write(text);
        await handle.datasync();
      },
      async truncate(length) {
        await handle.truncate(length);
        await handle.datasync();
      },
      async close() {
        if (closed) return;
        closed = true;
        await handle.close();
        await fs.rm(lockPath, { force: true });
      },
    };
  } catch (error) {
    await fs.rm(lockPath, { force: true });
    throw error;
  }
}

async function takeLock(fs: typeof import("node:fs/promises"), lockPath: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await fs.writeFile(lockPath, `${process.pid}\n`, { flag: "wx" });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(await fs.readFile(lockPath, "utf8").catch(() => ""), 10);
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw Object.assign(new Error(`${lockPath} is held by process ${owner}, which is still running`), {
          code: "ELOCKED",
        });
      }
      await fs.rm(lockPath, { force: true }); // a crashed run's lock
    }
  }
  throw Object.assign(new Error(`could not take ${lockPath}`), { code: "ELOCKED" });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
