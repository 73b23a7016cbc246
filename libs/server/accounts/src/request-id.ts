import type { Request } from 'express';

/** The id pino-http gave this request, for the audit trail. */
export function requestId(req: Request): string | null {
  return req.id === undefined ? null : String(req.id);
}
