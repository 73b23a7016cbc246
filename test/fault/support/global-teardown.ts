import { reapLeftovers } from './cleanup';

/** Whatever a failed test did not release: private servers, processes and directories of this run. */
export default async function globalTeardown(): Promise<void> {
  const reaped = reapLeftovers(process.pid);
  if (reaped) console.log(`Cleaned up ${reaped} private service(s) a fault test left behind`);
}
