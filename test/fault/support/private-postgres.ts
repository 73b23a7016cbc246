import { execFile, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register } from './cleanup';
import { freePort } from './free-port';

/** Debian installs each PostgreSQL major version's server programs in a directory of its own under here. */
const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql';

/**
 * The directory holding `initdb` and `pg_ctl`: POSTGRES_BIN_DIR if set, else what `pg_config --bindir`
 * says, else the newest version in Debian's layout, else wherever `initdb` is on the PATH.
 */
export function postgresBinDir(): string {
  const candidates: string[] = [];
  if (process.env['POSTGRES_BIN_DIR']) candidates.push(process.env['POSTGRES_BIN_DIR']);
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (pgConfig.status === 0) candidates.push(pgConfig.stdout.trim());
  if (existsSync(DEBIAN_POSTGRES_ROOT)) {
    const versions = readdirSync(DEBIAN_POSTGRES_ROOT).filter((name) => /^\d+$/.test(name));
    versions.sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => join(DEBIAN_POSTGRES_ROOT, version, 'bin')));
  }
  for (const dir of (process.env['PATH'] ?? '').split(':')) if (dir) candidates.push(dir);
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) throw new Error('PostgreSQL server programs (initdb, pg_ctl) not found: set POSTGRES_BIN_DIR');
  return found;
}

/** PostgreSQL refuses to run as root; as root, run it as the `postgres` account the package created. */
function serverAccount(): { uid: number; gid: number } | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  if (!line) throw new Error('Running as root and there is no "postgres" account to run PostgreSQL as');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * A PostgreSQL cluster of the test's own, in a temporary directory on a free loopback port, made with the
 * machine's own server programs, so a test can stop, restart and kill it without touching anyone else's.
 */
export class PrivatePostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly bin: string,
    private readonly account: { uid: number; gid: number } | null,
    private readonly release: () => void,
  ) {}

  /** Makes and starts a new cluster (the `postgres` superuser, trust authentication on loopback). */
  static async start(): Promise<PrivatePostgres> {
    const bin = postgresBinDir();
    const account = serverAccount();
    const dir = mkdtempSync(join(tmpdir(), 'wres-fault-pg-'));
    if (account) chownSync(dir, account.uid, account.gid);
    const port = await freePort();
    const data = join(dir, 'data');
    // Stop the server and remove its files however the test ends (see cleanup.ts).
    const release = register({
      kind: 'postgres',
      pgCtl: join(bin, 'pg_ctl'),
      dataDir: data,
      dir,
      ...(account ?? {}),
    });
    const cluster = new PrivatePostgres(dir, port, bin, account, release);
    try {
      await cluster.run('initdb', [
        '-D',
        data,
        '-U',
        'postgres',
        '-A',
        'trust',
        '-E',
        'UTF8',
        '--no-locale',
        '--no-sync',
      ]);
      // Durability is not under test: skip fsync so the cluster starts and restarts quickly.
      appendFileSync(
        join(data, 'postgresql.conf'),
        [
          `port = ${port}`,
          `listen_addresses = '127.0.0.1'`,
          `unix_socket_directories = '${dir}'`,
          'fsync = off',
          'synchronous_commit = off',
          'full_page_writes = off',
          'max_connections = 100',
          '',
        ].join('\n'),
      );
      await cluster.pgCtl('start', ['-l', join(dir, 'server.log')]);
      return cluster;
    } catch (error) {
      await cluster.destroy();
      throw error;
    }
  }

  /** A URL for database `name` on this cluster. */
  url(name: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${name}`;
  }

  /** `pg_ctl restart -m fast`: connections are cut, the server comes back on the same port. */
  restart(): Promise<void> {
    return this.pgCtl('restart', ['-m', 'fast', '-l', join(this.dir, 'server.log')]);
  }

  stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    return this.pgCtl('stop', ['-m', mode]);
  }

  start(): Promise<void> {
    return this.pgCtl('start', ['-l', join(this.dir, 'server.log')]);
  }

  /** Stops the server (if running) and removes every file of the cluster. */
  async destroy(): Promise<void> {
    if (existsSync(join(this.dir, 'data', 'postmaster.pid')))
      await this.stop('immediate').catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
    this.release();
  }

  private pgCtl(command: string, args: string[]): Promise<void> {
    return this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-w', '-t', '60', ...args, command]);
  }

  private run(program: string, args: string[]): Promise<void> {
    return new Promise((resolve, reject) => {
      execFile(
        join(this.bin, program),
        args,
        { cwd: this.dir, ...(this.account ?? {}), timeout: 90_000 },
        (error, stdout, stderr) => {
          if (error)
            reject(new Error(`${program} ${args.join(' ')} failed: ${error.message}\n${stdout}${stderr}`));
          else resolve();
        },
      );
    });
  }
}
