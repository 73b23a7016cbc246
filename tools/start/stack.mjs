// Starts the product's processes (mail catcher, migrations, seed, worker, api) from the built output.
// Used by `npm start` and by the end-to-end test server, so both run the same thing users run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

export const DIST = {
  api: join(ROOT, 'dist/apps/api/main.js'),
  migrate: join(ROOT, 'dist/apps/api/migrate.js'),
  seed: join(ROOT, 'dist/apps/api/seed.js'),
  worker: join(ROOT, 'dist/apps/worker/main.js'),
  web: join(ROOT, 'dist/apps/web/browser'),
};

export function isBuilt() {
  return [DIST.api, DIST.migrate, DIST.seed, DIST.worker, join(DIST.web, 'index.html')].every((f) =>
    existsSync(f),
  );
}

/** Builds api, worker and web (Nx caches, so an unchanged build takes seconds). */
export function buildAll() {
  const result = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '--projects=api,worker,web', '--output-style=static'],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
    },
  );
  if (result.status !== 0) throw new Error('The build failed; see the output above.');
}

/** Runs a built script to completion (migrations, seed), passing its output through. */
export function runToCompletion(script, env) {
  const result = spawnSync(process.execPath, [script], { cwd: ROOT, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${script} exited with ${result.status}`);
}

/** Starts a long-running process; its output is prefixed with its name. */
export function startProcess(name, script, env, { quiet = false } = {}) {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream, target) =>
    stream.on('data', (chunk) => {
      if (quiet) return;
      for (const line of String(chunk).split('\n').filter(Boolean)) target.write(`[${name}] ${line}\n`);
    });
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  return child;
}

/** An SMTP server with a web inbox (MailDev): every email the service sends lands here, none leaves the machine. */
export async function startMailCatcher({ smtpPort, webPort }) {
  const MailDev = require('maildev');
  const signals = ['SIGTERM', 'SIGINT'];
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  const maildev = new MailDev({
    smtp: smtpPort,
    web: webPort,
    ip: '127.0.0.1',
    silent: true,
    disableWeb: false,
  });
  // MailDev exits the process on SIGTERM/SIGINT; we stop the api and worker (and clean up) first, so take those back.
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).includes(listener)) process.removeListener(signal, listener);
    }
  }
  await new Promise((resolve, reject) => maildev.listen((error) => (error ? reject(error) : resolve())));
  return maildev;
}

export async function waitForHealthy(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not become healthy: ${last}`);
}

/** Stops children on Ctrl+C or SIGTERM, then runs `cleanup`. */
export function stopOnSignal(children, cleanup = () => Promise.resolve()) {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    for (const child of children()) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(
      children().map((child) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null)),
    );
    await cleanup();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return stop;
}
