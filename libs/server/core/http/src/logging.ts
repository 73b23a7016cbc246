import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '@wres/server/core/config';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';

/** Structured JSON logs; every line of a request carries its id (taken from X-Request-Id when a proxy sets one). */
export function loggerParams(config: AppConfig): Params {
  return {
    // Express 5 route syntax for "every path".
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: config.log.level,
      genReqId: (req: IncomingMessage) => {
        const given = req.headers['x-request-id'];
        return typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
      },
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
    },
  };
}
