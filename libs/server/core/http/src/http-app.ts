import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '@wres/server/core/config';
import connectPgSimple from 'connect-pg-simple';
import { csrfSync } from 'csrf-sync';
import type { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { DatabaseUnavailableFilter } from './database-unavailable';
import { createValidationPipe } from './validation';

export const SESSION_COOKIE = 'wres.sid';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

const csrf = csrfSync({
  getTokenFromRequest: (req) => req.headers[CSRF_HEADER] as string | undefined,
});

/** Issues (or re-issues) the CSRF token for the session and mirrors it into the readable cookie Angular sends back. */
export function issueCsrfToken(req: Request, res: Response, config: AppConfig, overwrite = false): string {
  const token = csrf.generateToken(req, overwrite);
  res.cookie(CSRF_COOKIE, token, {
    httpOnly: false,
    sameSite: 'strict',
    secure: config.production,
    path: '/',
  });
  return token;
}

export const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // Angular adds component styles at run time.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    objectSrc: ["'none'"],
  },
};

/**
 * Everything an HTTP app needs around its routes, shared by main.ts and the integration tests so that
 * tests exercise the same sessions, CSRF, headers and validation users get.
 */
export function configureHttpApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(helmet({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }));

  const pool = (app.get(DataSource).driver as unknown as { master: Pool }).master;
  const PgStore = connectPgSimple(session);
  app.use(
    session({
      name: SESSION_COOKIE,
      store: new PgStore({
        pool,
        tableName: 'user_session',
        createTableIfMissing: false,
        pruneSessionInterval: 15 * 60,
      }),
      secret: config.auth.sessionSecret,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.production,
        maxAge: 8 * 3600 * 1000,
        path: '/',
      },
    }),
  );
  app.use('/api', (req: Request, res: Response, next: NextFunction) =>
    csrf.csrfSynchronisedProtection(req, res, (error?: unknown) => {
      if (!error) return next();
      res.status(403).json({
        statusCode: 403,
        error: 'Forbidden',
        message: 'Missing or invalid CSRF token. Reload the page and try again.',
      });
    }),
  );

  app.setGlobalPrefix('api', { exclude: [] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new DatabaseUnavailableFilter(app.getHttpAdapter()));
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('WRES assurance portal API')
      .setDescription(
        'Commissioners, CSUs and providers: contracts, scope, submissions and assurance of WRES reports.',
      )
      .setVersion('1')
      .addCookieAuth(SESSION_COOKIE)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    useGlobalPrefix: false,
  });

  serveWebApp(app, config);
}

/** In a deployment the api also serves the built web app, so the product is one URL. */
function serveWebApp(app: INestApplication & NestExpressApplication, config: AppConfig): void {
  const dist = config.http.webDist;
  if (!dist || !existsSync(join(dist, 'index.html'))) return;
  app.useStaticAssets(dist, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dist, 'index.html'));
  });
}
