import SwaggerParser from '@apidevtools/swagger-parser';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { listRouteAccess, RouteAccess } from '@wres/server/core/auth';
import request from 'supertest';
import { AppModule } from '../app.module';
import { startTestApi } from './test-app';
import { testConfig } from '@wres/server/core/testing';

/** The route-table rule: every route declares a permission or is explicitly public. */
function unguarded(routes: RouteAccess[]): string[] {
  return routes
    .filter((r) => r.access === null)
    .map((r) => `${r.method} ${r.path} (${r.controller}.${r.handler})`);
}

describe('the route table', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startTestApi();
  });

  afterAll(() => app.close());

  it('gives every route a permission or marks it public', () => {
    const routes = listRouteAccess(app);
    expect(routes.length).toBeGreaterThan(8);
    expect(unguarded(routes)).toEqual([]);
  });

  it('keeps public routes to the few a signed-out person needs', () => {
    const publicRoutes = listRouteAccess(app)
      .filter((r) => r.access === 'public')
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(publicRoutes).toEqual([
      'GET /health',
      'GET /v1/auth/csrf',
      'GET /v1/calendar-feed/:token.ics',
      'POST /v1/auth/login',
      'POST /v1/auth/logout',
      'POST /v1/auth/password-reset',
      'POST /v1/auth/password-reset/confirm',
      'POST /v1/invitations/accept',
    ]);
  });

  it('publishes a valid OpenAPI 3 document', async () => {
    const response = await request(app.getHttpServer()).get('/api/openapi.json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    await expect(SwaggerParser.validate(structuredClone(response.body))).resolves.toBeDefined();
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/health']),
    );
  });

  it('serves Swagger UI', async () => {
    const response = await request(app.getHttpServer()).get('/api/docs').redirects(1).expect(200);
    expect(response.text).toContain('swagger');
  });
});

describe('a route added without a permission', () => {
  @Controller('v1/forgotten')
  class ForgottenController {
    @Get()
    list() {
      return ['secret'];
    }
  }

  @Module({ imports: [AppModule.forRoot(testConfig())], controllers: [ForgottenController] })
  class AppWithForgottenRoute {}

  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await NestFactory.create<NestExpressApplication>(AppWithForgottenRoute, { logger: false });
    app.setGlobalPrefix('api');
    await app.init();
  });

  afterAll(() => app.close());

  it('is caught by the route-table check', () => {
    expect(unguarded(listRouteAccess(app))).toEqual(['GET /v1/forgotten (ForgottenController.list)']);
  });

  it('is refused by the guard whoever asks', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/forgotten').expect(403);
    expect(response.body.message).toBe('This route has no permission and is closed');
  });
});

describe('health', () => {
  it('is 200 naming database and redis when both are up', async () => {
    const app = await startTestApi();
    try {
      const response = await request(app.getHttpServer()).get('/api/health').expect(200);
      expect(response.body).toMatchObject({
        status: 'ok',
        info: { database: { status: 'up' }, redis: { status: 'up' } },
      });
    } finally {
      await app.close();
    }
  });

  it('is 200 "degraded" naming redis when Redis cannot be reached', async () => {
    // Nothing listens on this port: to the api, Redis is down. Queued work waits in the outbox meanwhile, so
    // the api stays in service (a 503 would take it out of a load balancer).
    const app = await startTestApi({ REDIS_URL: 'redis://127.0.0.1:6399' });
    try {
      const response = await request(app.getHttpServer()).get('/api/health').expect(200);
      expect(response.body.status).toBe('degraded');
      expect(response.body.error).toHaveProperty('redis.status', 'down');
      expect(response.body.info).toHaveProperty('database.status', 'up');
    } finally {
      await app.close();
    }
  });
});
