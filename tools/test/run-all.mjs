// `npm test`: build, lint, then every suite — unit, integration (real PostgreSQL, Redis, SMTP), fault (private
// PostgreSQL, Redis and SMTP broken on purpose, and a load test) and end-to-end (chromium). Ends with one line,
// `N passed, N failed`, summed over every suite; build, lint, format and type-check count as one check each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../start/stack.mjs';

const TMP = join(ROOT, 'tmp');
mkdirSync(TMP, { recursive: true });
const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', FORCE_COLOR: '0' };

function run(title, command, args) {
  console.log(`\n=== ${title}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const results = [];
function record(suite, passed, failed, note = '') {
  results.push({ suite, passed, failed, note });
}

/** Jest's own counts; a suite that failed to run counts as a failure even with no test counted. */
function jestSuite(suite, config, extra = []) {
  const output = join(TMP, `${suite}.json`);
  rmSync(output, { force: true });
  const ok = run(suite, 'npx', ['jest', '-c', config, '--json', `--outputFile=${output}`, ...extra]);
  const report = readJson(output);
  if (!report) return record(suite, 0, 1, 'did not report');
  const failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
  record(suite, report.numPassedTests, failed || (ok ? 0 : 1));
}

const built = run('build', 'npx', [
  'nx',
  'run-many',
  '-t',
  'build',
  '--projects=api,worker,web',
  '--output-style=static',
]);
record('build', built ? 1 : 0, built ? 0 : 1);

for (const [check, command, args] of [
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['format', 'npx', ['prettier', '--check', '.']],
  // Builds type-check the apps; this also covers the libraries' specs and the integration tests.
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.typecheck.json']],
  // The web libraries' pure-model specs, resolved the way the Angular build resolves modules.
  ['typecheck web specs', 'npx', ['tsc', '-p', 'tsconfig.web-spec.json']],
  ['typecheck e2e', 'npx', ['tsc', '-p', 'apps/web-e2e/tsconfig.json', '--noEmit']],
]) {
  const ok = run(check, command, args);
  record(check, ok ? 1 : 0, ok ? 0 : 1);
}

jestSuite('unit', 'jest.config.ts');

if (built) {
  jestSuite('integration', 'jest.integration.config.ts', ['--runInBand']);
  // Private PostgreSQL, Redis and SMTP per test, broken on purpose; then 60 s of load.
  jestSuite('fault', 'jest.fault.config.ts', ['--runInBand']);
  const e2eReport = join(TMP, 'e2e-report.json');
  rmSync(e2eReport, { force: true });
  const ok = run('e2e', 'npx', ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.ts']);
  const report = existsSync(e2eReport) ? readJson(e2eReport) : null;
  if (report)
    record('e2e', report.stats.expected, report.stats.unexpected + report.stats.flaky || (ok ? 0 : 1));
  else record('e2e', 0, 1, 'did not report');
} else {
  record('integration', 0, 1, 'not run: the build failed');
  record('fault', 0, 1, 'not run: the build failed');
  record('e2e', 0, 1, 'not run: the build failed');
}

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log('\n=== summary');
for (const r of results)
  console.log(`${r.suite.padEnd(12)} ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`);
const line = `${passed} passed, ${failed} failed`;
writeFileSync(join(TMP, 'test-summary.txt'), `${line}\n`);
console.log(line);
process.exit(failed === 0 ? 0 : 1);
