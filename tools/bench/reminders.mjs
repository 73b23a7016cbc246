// `npm run bench:reminders`: builds the worker and the benchmarks (Nx caches unchanged builds), then times
// the reminder sweep over 50,000 obligations and sending 10,000 emails, in a scratch database it drops.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const build = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '--projects=worker,bench', '--output-style=static'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' } },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(
  process.execPath,
  [join(root, 'dist/tools/bench/reminders.js'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
