import { RequestMethod } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { PERMISSION_KEY, PUBLIC_KEY } from './permission.decorator';

export interface RouteAccess {
  method: string;
  path: string;
  controller: string;
  handler: string;
  /** The permission the route needs, 'public', or null when it has neither (which the guard refuses). */
  access: string | null;
}

/** Every HTTP route of an application with the access rule it declares: the route table the tests walk. */
export function listRouteAccess(app: INestApplication): RouteAccess[] {
  const discovery = app.get(DiscoveryService);
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const routes: RouteAccess[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const prototype = Object.getPrototypeOf(instance);
    const base = [reflector.get<string | string[]>(PATH_METADATA, metatype) ?? ''].flat()[0];
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const path = Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const targets = [handler, metatype];
      const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
      const permission = reflector.getAllAndOverride<string>(PERMISSION_KEY, targets);
      routes.push({
        method,
        path: `/${[base, [path].flat()[0]].filter(Boolean).join('/')}`
          .replace(/\/+/g, '/')
          .replace(/(.)\/$/, '$1'),
        controller: metatype.name,
        handler: name,
        access: isPublic ? 'public' : (permission ?? null),
      });
    }
  }
  return routes;
}
