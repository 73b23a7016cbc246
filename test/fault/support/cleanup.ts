import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Clean-up that survives a failed or interrupted test. Jest runs tests in a sandbox whose `process` never
 * sees the real exit, so each private service the tests start is written down here, by the id of the
 * process that owns it, and struck off when the test releases it. The suite's global setup and teardown
 * (outside the sandbox) undo whatever is left by an owner that has gone, or by the run that is ending.
 */
const REGISTRY = join(tmpdir(), 'wres-fault-registry');

export type Leftover =
  /** A PostgreSQL cluster of ours: stop it, then remove its directory. */
  | { kind: 'postgres'; pgCtl: string; dataDir: string; dir: string; uid?: number; gid?: number }
  /** A process we started: killed only if the same program still runs under that id. */
  | { kind: 'process'; pid: number; cmdline: string }
  | { kind: 'dir'; dir: string };

type Entry = Leftover & { owner: number };

let sequence = 0;

function cmdlineOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return null;
  }
}

/** Writes `leftover` down; call the returned function once it has been released normally. */
export function register(leftover: Leftover): () => void {
  mkdirSync(REGISTRY, { recursive: true });
  const file = join(REGISTRY, `${process.pid}-${Date.now()}-${++sequence}.json`);
  writeFileSync(file, JSON.stringify({ ...leftover, owner: process.pid }));
  return () => rmSync(file, { force: true });
}

/** Registers a child process by id, remembering its command line so that a reused id is never killed. */
export function registerProcess(pid: number | undefined): () => void {
  const cmdline = pid ? cmdlineOf(pid) : null;
  if (!pid || cmdline === null) return () => undefined;
  return register({ kind: 'process', pid, cmdline });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function undo(entry: Entry): void {
  if (entry.kind === 'process') {
    if (cmdlineOf(entry.pid) === entry.cmdline) process.kill(entry.pid, 'SIGKILL');
  } else if (entry.kind === 'postgres') {
    if (existsSync(join(entry.dataDir, 'postmaster.pid')))
      spawnSync(entry.pgCtl, ['-D', entry.dataDir, '-m', 'immediate', '-w', 'stop'], {
        stdio: 'ignore',
        ...(entry.uid === undefined ? {} : { uid: entry.uid, gid: entry.gid }),
      });
    rmSync(entry.dir, { recursive: true, force: true });
  } else {
    rmSync(entry.dir, { recursive: true, force: true });
  }
}

/**
 * Undoes what was left by owners that have gone, and by `endingOwner` (the run now ending). Processes go
 * first, then clusters, then directories. Returns how many were undone.
 */
export function reapLeftovers(endingOwner?: number): number {
  if (!existsSync(REGISTRY)) return 0;
  const entries: Array<{ file: string; entry: Entry }> = [];
  for (const name of readdirSync(REGISTRY)) {
    const file = join(REGISTRY, name);
    try {
      entries.push({ file, entry: JSON.parse(readFileSync(file, 'utf8')) as Entry });
    } catch {
      rmSync(file, { force: true });
    }
  }
  const order: Record<Leftover['kind'], number> = { process: 0, postgres: 1, dir: 2 };
  const reapable = entries
    .filter(({ entry }) => entry.owner === endingOwner || !alive(entry.owner))
    .sort((a, b) => order[a.entry.kind] - order[b.entry.kind]);
  for (const { file, entry } of reapable) {
    try {
      undo(entry);
    } finally {
      rmSync(file, { force: true });
    }
  }
  return reapable.length;
}

/** Stops a process politely, then firmly: SIGTERM, and SIGKILL if it has not exited within `graceMs`. */
export async function stopWithin(
  process: { stop(signal?: NodeJS.Signals): Promise<unknown> },
  graceMs = 15_000,
): Promise<'stopped' | 'killed'> {
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    process.stop('SIGTERM').then(() => 'stopped' as const),
    new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs))),
  ]);
  clearTimeout(timer);
  if (outcome === 'stopped') return outcome;
  await process.stop('SIGKILL');
  return 'killed';
}
