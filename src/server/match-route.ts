/**
 * Find the route of a request path. The raw path is split on "/" before any decoding, so an
 * encoded "/" stays inside its parameter, and any "." or ".." segment, raw or encoded, is
 * refused (URL normalisation is never relied on).
 */
import { AisecError } from '../core/errors.js';
import { decodeParam } from './request-input.js';
import type { ApiRoute } from './route-table.js';

/** Longest request path looked at. */
export const maxPathChars = 2048;

/** A route and its decoded parameters. */
export interface RouteMatch {
  readonly route: ApiRoute;
  readonly params: Readonly<Record<string, string>>;
}

interface Compiled {
  readonly route: ApiRoute;
  readonly segments: readonly string[];
}

/** Make a matcher for a route table. */
export function routeMatcher(routes: readonly ApiRoute[]): (method: string, rawPath: string) => RouteMatch {
  const compiled: Compiled[] = routes.map((route) => ({ route, segments: route.path.split('/').slice(1) }));
  return (method, rawPath) => {
    const shown = rawPath.slice(0, 200).replace(/[\p{Cc}]/gu, '?');
    if (rawPath.length > maxPathChars) throw new AisecError('ERR_USAGE', `The request path is longer than ${maxPathChars} characters.`);
    const segments = rawPath.split('/').slice(1);
    if (segments.some((s) => /^(\.|%2e){1,2}$/i.test(s))) throw new AisecError('ERR_USAGE', `The path ${shown} has a "." or ".." segment; name resources directly.`);
    const methods = new Set<string>();
    for (const c of compiled) {
      if (c.segments.length !== segments.length) continue;
      const raw: Record<string, string> = {};
      let fits = true;
      for (let i = 0; i < segments.length && fits; i++) {
        const want = c.segments[i]!;
        if (want.startsWith(':')) raw[want.slice(1)] = segments[i]!;
        else fits = want === segments[i];
      }
      if (!fits) continue;
      if (c.route.method !== method) {
        methods.add(c.route.method);
        continue;
      }
      const params: Record<string, string> = {};
      for (const name in raw) params[name] = decodeParam(name, raw[name]!);
      return { route: c.route, params };
    }
    if (methods.size > 0) throw new AisecError('ERR_ROUTE_NOT_FOUND', `${shown} answers ${[...methods].join(', ')}, not ${method.slice(0, 10)}; docs/dashboard.md lists the routes.`);
    throw new AisecError('ERR_ROUTE_NOT_FOUND', `No API route ${method.slice(0, 10)} ${shown}; docs/dashboard.md lists the routes.`);
  };
}
