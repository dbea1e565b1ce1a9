// The built dashboard is served from its folder only: files under it, index.html for page
// paths, nothing through "..", encoded tricks or a symbolic link that leads out.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raw, serveSeeded, tempRoot, type Served } from './test-support/fixture.js';

const root = tempRoot('static');
const web = path.join(root, 'web-dist');
let s: Served;
beforeAll(async () => {
  mkdirSync(path.join(web, 'assets'), { recursive: true });
  writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>aisec dashboard</title>');
  writeFileSync(path.join(web, 'assets', 'app-1a2b.js'), 'console.log("dashboard");');
  writeFileSync(path.join(root, 'secret.txt'), 'outside the web root');
  symlinkSync(path.join(root, 'secret.txt'), path.join(web, 'assets', 'leak.txt'));
  s = await serveSeeded(root, { server: { webRoot: web } });
});
afterAll(async () => {
  await s.close();
  rmSync(root, { recursive: true, force: true });
});

describe('static dashboard', () => {
  it('serves files with their type, and index.html for page paths', async () => {
    const page = await fetch(`${s.server.url}/`);
    expect([page.status, page.headers.get('content-type'), await page.text()]).toEqual([200, 'text/html; charset=utf-8', '<!doctype html><title>aisec dashboard</title>']);
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    const asset = await fetch(`${s.server.url}/assets/app-1a2b.js`);
    expect([asset.status, asset.headers.get('content-type'), await asset.text()]).toEqual([200, 'text/javascript; charset=utf-8', 'console.log("dashboard");']);
    const route = await fetch(`${s.server.url}/systems/credit/findings`);
    expect(await route.text()).toContain('aisec dashboard');
  });

  it('never serves a file outside its folder', async () => {
    const leak = await fetch(`${s.server.url}/assets/leak.txt`);
    expect(await leak.text()).not.toContain('outside the web root');
    for (const p of ['/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/assets/..%5c..%5csecret.txt', '/%00']) {
      const answer = await raw(s.server, 'GET', p);
      expect(answer.status, p).toBe(400);
      expect(JSON.stringify(answer.json)).not.toContain('outside the web root');
    }
  });
});
