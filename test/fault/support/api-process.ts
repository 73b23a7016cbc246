import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { registerProcess } from './cleanup';
import { freePort } from './free-port';

const API_MAIN = join(__dirname, '../../../dist/apps/api/main.js');

/** Resolves with the status of GET `path`, or null when nothing answers within `timeoutMs`. */
export function statusOf(url: string, timeoutMs = 2_000): Promise<number | null> {
  return new Promise((resolve) => {
    const req = request(url, { timeout: timeoutMs, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(null));
    req.end();
  });
}

/** The real, built api as its own process on a free port, as production runs it. */
export class ApiProcess {
  private child: ChildProcess | null = null;
  port = 0;
  output = '';

  constructor(private readonly env: NodeJS.ProcessEnv) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** CPU seconds the process has used so far (user and system), from /proc; null where there is none. */
  cpuSeconds(): number | null {
    try {
      const fields = readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      // utime and stime, fields 14 and 15 of stat (here counted after the command name), in clock ticks.
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return null;
    }
  }

  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the api and waits until it answers /api/health (whatever the answer). */
  async start(): Promise<void> {
    if (!existsSync(API_MAIN))
      throw new Error(`Build the api first (npx nx build api): ${API_MAIN} is missing`);
    this.port = await freePort();
    const child = spawn(process.execPath, [API_MAIN], {
      env: { ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.once('exit', registerProcess(child.pid));
    child.stdout?.on('data', (chunk) => (this.output += chunk));
    child.stderr?.on('data', (chunk) => (this.output += chunk));
    const deadline = Date.now() + 60_000;
    while ((await statusOf(`${this.url}/api/health`)) === null) {
      if (!this.alive) throw new Error(`The api exited with ${child.exitCode}:\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`The api did not answer within 60 s:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  exited(): Promise<number | null> {
    const child = this.child;
    if (!child || !this.alive) return Promise.resolve(child?.exitCode ?? null);
    return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.child && this.alive) {
      const exited = this.exited();
      this.child.kill(signal);
      await exited;
    }
  }
}
