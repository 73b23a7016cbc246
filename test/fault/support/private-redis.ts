import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register, registerProcess } from './cleanup';
import { freePort } from './free-port';

/** Answers whether something on the port speaks Redis (PING → +PONG). */
function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
  });
}

/**
 * A Redis server of the test's own (`redis-server` from the PATH) on a free loopback port, with no
 * persistence, so stopping and starting it again is a Redis that lost everything, as after a failover.
 */
export class PrivateRedis {
  private child: ChildProcess | null = null;
  private readonly release: () => void;
  output = '';

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {
    this.release = register({ kind: 'dir', dir });
  }

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort(), mkdtempSync(join(tmpdir(), 'wres-fault-redis-')));
    try {
      await redis.start();
      return redis;
    } catch (error) {
      await redis.destroy();
      throw error;
    }
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the server (again) on the same port and waits until it answers PING. */
  async start(): Promise<void> {
    if (this.running) return;
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        this.dir,
        '--daemonize',
        'no',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    child.once('exit', registerProcess(child.pid));
    child.stdout?.on('data', (chunk) => (this.output += chunk));
    child.stderr?.on('data', (chunk) => (this.output += chunk));
    const deadline = Date.now() + 15_000;
    while (!(await pings(this.port))) {
      if (!this.running || Date.now() > deadline)
        throw new Error(`redis-server did not start on port ${this.port}:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Stops the server: SIGTERM, or SIGKILL to make it vanish without a word. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  async destroy(): Promise<void> {
    await this.stop('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
    this.release();
  }
}
