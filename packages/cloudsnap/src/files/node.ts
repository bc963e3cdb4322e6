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
  // The lock appears whole: the pid is written to a file of our own, which is then linked to the
  // lock's name (atomic, and refused when the name exists). So a lock file always names its owner:
  // one that names no process is debris, and a run killed at any moment leaves a takeable lock.
  const own = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2, 10)}`;
  await fs.writeFile(own, `${process.pid}\n`, { flag: "wx" });
  try {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        await claim(fs, own, lockPath);
        heldHere.add(lockPath);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        const text = await fs.readFile(lockPath, "utf8").catch(() => undefined);
        if (text === undefined) continue; // released meanwhile: try again
        const owner = Number.parseInt(text, 10);
        if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
          throw locked(`${lockPath} is held by process ${owner}, which is still running`);
        }
        await fs.rm(lockPath, { force: true }); // a crashed run's lock
      }
    }
    throw locked(`could not take ${lockPath}`);
  } finally {
    await fs.rm(own, { force: true });
  }
}

/** Links `own` to `lockPath`; where the file system has no hard links, creates it exclusively. */
async function claim(fs: typeof import("node:fs/promises"), own: string, lockPath: string): Promise<void> {
  try {
    await fs.link(own, lockPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    await fs.writeFile(lockPath, `${process.pid}\n`, { flag: "wx" });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
