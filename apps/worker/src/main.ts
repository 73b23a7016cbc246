import 'reflect-metadata';
import { InvalidEnvironmentError, loadAppConfig } from '@wres/server/core/config';
import { startWorker } from './start-worker';

startWorker(loadAppConfig()).catch((error: unknown) => {
  console.error(error instanceof InvalidEnvironmentError || error instanceof Error ? error.message : error);
  process.exit(1);
});
