/**
 * The built dashboard (`dist/web`, what `npm run build:web` writes from `web/`), served read-only: only regular files under the root
 * (real paths checked, so a symbolic link cannot lead out), a fixed set of content types,
 * and `index.html` for any other page path (the dashboard routes in the browser). When the
 * dashboard is not built, `/` says so and how to build it.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AisecError } from '../core/errors.js';
import { securityHeaders } from './respond.js';

/** Where the built dashboard is (`dist/web`), from the source tree (src/server) and the package (dist/server) alike. */
export const defaultWebRoot = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const notBuilt = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>aisec</title></head>
<body>
<h1>aisec server</h1>
<p>The API is running under <code>/api/v1/</code> (see docs/dashboard.md), but the dashboard is not built.</p>
<p>Build it with <code>npm run build:web</code> in the aisec folder (it is written to <code>dist/web</code>), or start <code>aisec serve --web DIR</code> with a built copy, then reload this page.</p>
</body></html>
`;

async function regularFileUnder(root: string, relative: string): Promise<string | undefined> {
  const candidate = path.join(root, relative);
  const real = await realpath(candidate).catch(() => undefined);
  if (real === undefined || (real !== root && !real.startsWith(root + path.sep))) return undefined;
  const info = await stat(real).catch(() => undefined);
  return info?.isFile() ? real : undefined;
}

/** Make the static handler for `root`. */
export function staticFiles(root: string): (rawPath: string, res: ServerResponse, head: boolean) => Promise<void> {
  let realRoot: Promise<string | undefined> | undefined;
  const rootOf = () => (realRoot ??= realpath(root).catch(() => undefined));
  return async (rawPath, res, head) => {
    const base = await rootOf();
    let decoded: string;
    try {
      decoded = decodeURIComponent(rawPath);
    } catch {
      throw new AisecError('ERR_USAGE', 'The path is not valid percent-encoding.');
    }
    // eslint-disable-next-line no-control-regex -- control characters are refused
    if (decoded.split(/[\\/]/).some((s) => s === '..') || /[\u0000-\u001f\\]/.test(decoded)) throw new AisecError('ERR_USAGE', 'The path has a ".." segment, a backslash or a control character.');
    const index = base === undefined ? undefined : await regularFileUnder(base, 'index.html');
    if (base === undefined || index === undefined) {
      if (decoded !== '/' && decoded !== '/index.html') throw new AisecError('ERR_ROUTE_NOT_FOUND', `Nothing is served at ${rawPath.slice(0, 200)}: the dashboard is not built (npm run build:web).`);
      res.writeHead(200, { ...securityHeaders, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(notBuilt) });
      res.end(head ? undefined : notBuilt);
      return;
    }
    const file = (decoded === '/' ? undefined : await regularFileUnder(base, decoded.slice(1))) ?? index;
    const type = types[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const size = (await stat(file)).size;
    // Hashed asset names may be cached; the page itself is always fetched again.
    const cache = file === index ? 'no-cache' : 'public, max-age=3600';
    res.writeHead(200, { ...securityHeaders, 'content-type': type, 'content-length': size, 'cache-control': cache });
    if (head) {
      res.end();
      return;
    }
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  };
}
