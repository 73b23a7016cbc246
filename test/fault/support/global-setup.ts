import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { reapLeftovers } from './cleanup';

/**
 * Removes what an earlier, interrupted fault run left behind (its owner has gone), and builds the api and
 * worker if this run was started without `npm test`: the fault tests run the built programs.
 */
export default async function globalSetup(): Promise<void> {
  const reaped = reapLeftovers();
  if (reaped) console.log(`Removed ${reaped} leftover(s) of an interrupted fault run`);
  const root = join(__dirname, '../../..');
  const missing = ['api', 'worker'].filter((app) => !existsSync(join(root, 'dist/apps', app, 'main.js')));
  if (missing.length)
    execSync(`npx nx run-many -t build --projects=${missing.join(',')}`, { stdio: 'inherit', cwd: root });
}
