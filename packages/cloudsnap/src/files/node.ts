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
        await handle.appendFile(text, "utf8"); // all of it (a plain write may write part)
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
        heldHere.delete(lockPath);
      },
    };
  } catch (error) {
    await fs.rm(lockPath, { force: true });
    heldHere.delete(lockPath);
    throw error;
  }
}

/** The locks this process holds: a second open in the same process is refused like another run's. */
const heldHere = new Set<string>();

const locked = (message: string) => Object.assign(new Error(message), { code: "ELOCKED" });

async function takeLock(fs: typeof import("node:fs/promises"), lockPath: string): Promise<void> {
  if (heldHere.has(lockPath)) throw locked(`${lockPath} is held by another run in this process`);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await fs.writeFile(lockPath, `${process.pid}\n`, { flag: "wx" });
      heldHere.add(lockPath);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const text = await fs.readFile(lockPath, "utf8").catch(() => undefined);
      if (text === undefined) continue; // released meanwhile: try again
      const owner = Number.parseInt(text, 10);
      if (!Number.isInteger(owner) || owner <= 0) {
        // Created and not yet written by a run starting now, or left unreadable: never taken over.
        throw locked(`${lockPath} names no process; if no run is using this journal, remove it`);
      }
      if (owner !== process.pid && isAlive(owner)) {
        throw locked(`${lockPath} is held by process ${owner}, which is still running`);
      }
      await fs.rm(lockPath, { force: true }); // a crashed run's lock
    }
  }
  throw locked(`could not take ${lockPath}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
