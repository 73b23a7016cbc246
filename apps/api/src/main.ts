import 'reflect-metadata';
import { InvalidEnvironmentError, loadAppConfig } from '@wres/server/core/config';
import { createApiApp } from './create-app';

async function main(): Promise<void> {
  const config = loadAppConfig();
  const app = await createApiApp(config);
  await app.listen(config.http.port);
}

main().catch((error: unknown) => {
  console.error(error instanceof InvalidEnvironmentError ? error.message : error);
  process.exit(1);
});
