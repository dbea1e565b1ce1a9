import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { makeFinding, makeRecord, minute } from '../test-support/records.js';
import { openSqliteDriver } from './sqlite-open.js';
import { createSqliteStore } from './sqlite-store.js';

const root = mkdtempSync(path.join(tmpdir(), 'aisec-sqlite-open-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
function freshDir(): string {
  const dir = path.join(root, `case-${++n}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Open `file` expecting ERR_STORE_CORRUPT; check the message and that nothing was written. */
async function expectCorruptUntouched(file: string): Promise<AisecError> {
  const before = digest(file);
  const siblings = readdirSync(path.dirname(file)).sort();
  const error = await createSqliteStore(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AisecError);
  expect(error).toMatchObject({ code: 'ERR_STORE_CORRUPT' });
  const message = (error as Error).message;
  expect(message).toContain(file);
  expect(message).toMatch(/Move it aside/);
  expect(message).toMatch(/creates a new store/);
  expect(digest(file)).toBe(before);
  expect(readdirSync(path.dirname(file)).sort()).toEqual(siblings);
  return error as AisecError;
}

/** A real store file with a few runs, checkpointed and closed. */
async function realStoreFile(): Promise<string> {
  const file = path.join(freshDir(), 'aisec.db');
  const store = await createSqliteStore(file);
  const system = await store.upsertSystem('credit', null);
  for (let i = 0; i < 5; i++) {
    const findings = Array.from({ length: 40 }, (_, j) => makeFinding(`r${i}-${j}`, 'm.pkl', { message: 'x'.repeat(300) }));
    await store.saveAssessment(makeRecord(system.id, minute(i), { findings }));
  }
  await store.close();
  expect(existsSync(`${file}-wal`)).toBe(false);
  return file;
}

describe('createSqliteStore on a file that is not a store', () => {
  it('refuses random bytes', async () => {
    const file = path.join(freshDir(), 'aisec.db');
    writeFileSync(file, randomBytes(8192));
    await expectCorruptUntouched(file);
  });

  it('refuses a text file', async () => {
    const file = path.join(freshDir(), 'aisec.db');
    writeFileSync(file, 'name,score\nana,1\n'.repeat(200));
    const error = await expectCorruptUntouched(file);
    expect(error.message).toMatch(/does not start with the SQLite header/);
  });

  it('refuses a store cut short mid-page and at a page boundary', async () => {
    const midPage = await realStoreFile();
    truncateSync(midPage, Math.floor(readFileSync(midPage).length / 2) + 123);
    expect((await expectCorruptUntouched(midPage)).message).toMatch(/cut short/);
    const atPage = await realStoreFile();
    truncateSync(atPage, 4096 * 2);
    expect((await expectCorruptUntouched(atPage)).message).toMatch(/cut short/);
  });

  it('refuses a file shorter than the header', async () => {
    const file = path.join(freshDir(), 'aisec.db');
    writeFileSync(file, 'SQLite format 3\u0000');
    await expectCorruptUntouched(file);
  });

  it('refuses a valid header in front of garbage', async () => {
    const file = path.join(freshDir(), 'aisec.db');
    const db = new Database(file);
    db.pragma('user_version = 1');
    db.close();
    const head = readFileSync(file);
    const bytes = Buffer.concat([head, randomBytes(head.length * 3)]);
    bytes.writeUInt32BE(4, 28);
    writeFileSync(file, bytes);
    await expectCorruptUntouched(file);
  });

  it('reports damaged pages inside a store as ERR_STORE_CORRUPT, without writing', async () => {
    const file = await realStoreFile();
    const bytes = readFileSync(file);
    randomBytes(bytes.length - 4096).copy(bytes, 4096);
    writeFileSync(file, bytes);
    await expectCorruptUntouched(file);
  });

  it('refuses the database of another program and leaves it as it was', async () => {
    const file = path.join(freshDir(), 'other.db');
    const db = new Database(file);
    db.exec("CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('ana')");
    db.close();
    const error = await expectCorruptUntouched(file);
    expect(error.message).toMatch(/some other program \(tables: people\)/);
    const again = new Database(file, { readonly: true });
    expect(again.pragma('journal_mode', { simple: true })).toBe('delete');
    again.close();
  });

  it('refuses any bytes that do not start with a SQLite header, and never changes them (property)', async () => {
    const dir = freshDir();
    let i = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 3000 }), fc.boolean(), async (random, withMagic) => {
        const file = path.join(dir, `p${++i}.db`);
        const bytes = withMagic ? Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), random]) : Buffer.from(random);
        fc.pre(withMagic || !bytes.subarray(0, 16).equals(Buffer.from('SQLite format 3\u0000', 'latin1')));
        writeFileSync(file, bytes);
        await expectCorruptUntouched(file);
      }),
      { numRuns: 60 },
    );
  });
});

describe('createSqliteStore paths', () => {
  it('creates missing folders and the file, in WAL mode', async () => {
    const file = path.join(freshDir(), 'a', 'b', '.aisec', 'aisec.db');
    const store = await createSqliteStore(file);
    expect(store.location).toBe(file);
    await store.upsertSystem('credit', null);
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('sets foreign keys and a busy timeout on the connection', async () => {
    const driver = await openSqliteDriver(path.join(freshDir(), 'aisec.db'));
    try {
      expect(await driver.all('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
      expect(await driver.all('PRAGMA busy_timeout')).toEqual([{ timeout: 5000 }]);
    } finally {
      await driver.close();
    }
  });

  it('turns an empty file into a store', async () => {
    const file = path.join(freshDir(), 'aisec.db');
    writeFileSync(file, '');
    const store = await createSqliteStore(file);
    expect(await store.listSystems()).toEqual([]);
    await store.close();
  });

  it('explains a folder given as the file', async () => {
    const dir = freshDir();
    const error = await createSqliteStore(dir).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ERR_STORE_UNAVAILABLE' });
    expect((error as Error).message).toContain(`${dir} is a folder`);
    expect((error as Error).message).toContain(path.join(dir, 'aisec.db'));
  });

  it('explains a path that runs through a file', async () => {
    const dir = freshDir();
    writeFileSync(path.join(dir, 'plain'), 'x');
    const error = await createSqliteStore(path.join(dir, 'plain', 'aisec.db')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ERR_STORE_UNAVAILABLE' });
    expect((error as Error).message).toMatch(/part of its folder path is a file/);
  });

  it('refuses an empty path, a path with NUL, or a non-string', async () => {
    for (const bad of ['', '   ', 'a\u0000b', 42]) {
      await expect(createSqliteStore(bad as string)).rejects.toMatchObject({ code: 'ERR_STORE_INPUT' });
    }
  });

  it('shares one connection between stores of one file and closes it with the last', async () => {
    const file = path.join(freshDir(), 'aisec.db');
    const a = await createSqliteStore(file);
    const b = await createSqliteStore(file);
    await a.upsertSystem('credit', null);
    await a.close();
    await a.close();
    expect((await b.listSystems()).map((s) => s.name)).toEqual(['credit']);
    await expect(a.listSystems()).rejects.toMatchObject({ code: 'ERR_INTERNAL' });
    await b.close();
    // The last close checkpoints the WAL and releases the file.
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
