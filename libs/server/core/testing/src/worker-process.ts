import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const WORKER_MAIN = join(__dirname, '../../../../../dist/apps/worker/main.js');

/** Runs the real, built worker as its own process, as production does. */
export class WorkerProcess {
  private child: ChildProcess | null = null;
  output = '';

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  /** The running process's id, e.g. to make sure it is killed if the test process dies first. */
  get pid(): number | undefined {
    return this.hasExited ? undefined : this.child?.pid;
  }

  async start(): Promise<void> {
    if (!existsSync(WORKER_MAIN))
      throw new Error(`Build the worker first (npx nx build worker): ${WORKER_MAIN} is missing`);
    const child = spawn(process.execPath, [WORKER_MAIN], {
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout?.on('data', (chunk) => (this.output += chunk));
    child.stderr?.on('data', (chunk) => (this.output += chunk));
    // Started once it has checked its handlers and swept the outbox; give it a moment to connect.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    if (this.hasExited)
      throw new Error(`The worker exited with ${child.exitCode ?? child.signalCode}:\n${this.output}`);
  }

  /** Whether it has exited, by itself (an exit code) or by a signal (no exit code, a signal code). */
  private get hasExited(): boolean {
    return !this.child || this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** Resolves with the exit code (null when a signal ended it). */
  exited(): Promise<number | null> {
    const child = this.child;
    if (!child || this.hasExited) return Promise.resolve(child?.exitCode ?? null);
    return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /**
   * Asks it to stop, and kills it if it has not exited within `killAfterMs`: a worker that ignores SIGTERM
   * must fail the test that stops it, not hang the run.
   */
  async stop(signal: NodeJS.Signals = 'SIGTERM', killAfterMs = 30_000): Promise<void> {
    const child = this.child;
    if (!child || this.hasExited) return;
    const exited = this.exited();
    child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const stopped = await Promise.race([
      exited.then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), killAfterMs))),
    ]);
    clearTimeout(timer);
    if (stopped) return;
    child.kill('SIGKILL');
    await exited;
    throw new Error(
      `The worker did not stop within ${killAfterMs} ms of ${signal}, so it was killed:\n${this.output}`,
    );
  }
}
