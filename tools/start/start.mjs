// `npm start`: build, migrate, seed the demo when the database is empty, and run api + worker + web
// at http://localhost:3000 with every email caught at http://localhost:1080.
import {
  buildAll,
  DIST,
  runToCompletion,
  startMailCatcher,
  startProcess,
  stopOnSignal,
  waitForHealthy,
} from './stack.mjs';

const DEMO_USERS = [
  ['admin@demo.test', 'administrator (CSU)'],
  ['csu@demo.test', 'CSU analyst, Central Demo CSU'],
  ['commissioner@demo.test', 'commissioner, NHS Northfield CCG (succeeded by an ICB, July 2022)'],
  ['commissioner2@demo.test', 'commissioner, NHS Southbrook CCG'],
  ['icb@demo.test', 'commissioner, NHS Northfield Integrated Care Board'],
  ['provider@demo.test', 'provider submitter, Northfield Community Health NHS Trust'],
  ['provider2@demo.test', 'provider submitter, Meadowbank Independent Hospital Ltd'],
];

async function main() {
  const port = process.env.PORT ?? '3000';
  const mailWebPort = Number(process.env.MAIL_CATCHER_WEB_PORT ?? 1080);
  const mailSmtpPort = Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025);
  const useCatcher = !process.env.SMTP_URL && process.env.NODE_ENV !== 'production';
  const demoPassword = process.env.DEMO_PASSWORD || 'demo-password-2026';
  const env = {
    ...process.env,
    PORT: port,
    PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
    WEB_DIST: process.env.WEB_DIST ?? DIST.web,
    SMTP_URL: process.env.SMTP_URL ?? `smtp://127.0.0.1:${mailSmtpPort}`,
    DEMO_PASSWORD: demoPassword,
  };

  console.log('Building api, worker and web…');
  buildAll();
  const mailCatcher = useCatcher
    ? await startMailCatcher({ smtpPort: mailSmtpPort, webPort: mailWebPort })
    : null;
  console.log('Migrating the database…');
  runToCompletion(DIST.migrate, env);
  runToCompletion(DIST.seed, env);

  const children = [startProcess('worker', DIST.worker, env), startProcess('api', DIST.api, env)];
  stopOnSignal(
    () => children,
    async () => mailCatcher?.close(),
  );
  for (const child of children) {
    child.once('exit', (code) => {
      if (code !== 0 && code !== null) {
        console.error(`A process stopped unexpectedly (exit ${code}); stopping.`);
        process.kill(process.pid, 'SIGTERM');
      }
    });
  }
  await waitForHealthy(`http://127.0.0.1:${port}/api/health`);

  const width = Math.max(...DEMO_USERS.map(([email]) => email.length));
  console.log(`
WRES assurance portal is running at http://localhost:${port}
  API docs:      http://localhost:${port}/api/docs
  Health:        http://localhost:${port}/api/health
  Caught email:  ${mailCatcher ? `http://localhost:${mailWebPort}` : `sent through ${env.SMTP_URL}`}

Demo sign-ins (password: ${demoPassword}):
${DEMO_USERS.map(([email, who]) => `  ${email.padEnd(width)}  ${who}`).join('\n')}

Press Ctrl+C to stop.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
