// aisec serve as a process: a token made with aisec keys create --scope role:viewer opens the
// system it serves; --port 0 prints the chosen URL; SIGTERM stops it cleanly. Flag errors are
// usage errors before anything is opened.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../../test/helpers/cli.js';

const root = mkdtempSync(path.join(tmpdir(), 'aisec-serve-cli-'));
const repo = fileURLToPath(new URL('../../../', import.meta.url));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('aisec serve', () => {
  it('serves a system to a token made with aisec keys create, and stops on SIGTERM', async () => {
    const dir = path.join(root, 'credit');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'aisec.yaml'), 'version: 1\nname: credit\nowner: Credit Risk\npurpose: Score clients.\ncriticality: credit\nautomation: human-review\nexposure: partner\nmodels: []\ndatasets: []\nendpoints: []\n');
    const made = await cli('keys', 'create', '--owner', 'alice', '--scope', 'role:viewer', '--expires', '1d', '--database', path.join(dir, '.aisec', 'aisec.db'), '--quiet');
    expect(made.code).toBe(0);
    const token = made.stdout.trim();
    const env = { ...process.env };
    delete env.AISEC_DATABASE_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repo, 'src/cli/main.ts'), 'serve', dir, '--port', '0'], { cwd: repo, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        void exited.then((code) => reject(new Error(`aisec serve exited with ${code}: ${stderr}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${url}/api/v1/systems`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { systems: { name: string }[] }).systems.map((s) => s.name)).toEqual(['credit']);
      expect((await fetch(`${url}/api/v1/systems`)).status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/serve: listening on http:\/\/127\.0\.0\.1:\d+ \(sqlite; systems: credit\)[\s\S]*serve: stopping/);
  }, 60_000);

  it('refuses bad flags as usage errors', async () => {
    for (const args of [['--port', '70000'], ['--port', 'x'], ['--session-hours', '0'], ['--tls-cert', 'c.pem']]) {
      const run = await cli('serve', root, ...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/ERR_USAGE/);
    }
  });
});
