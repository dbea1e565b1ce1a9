import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sqliteHeaderProblem } from './sqlite-header.js';

/** The bytes of a real database with one table, made by SQLite itself. */
function realDatabase(pageSize = 4096): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'aisec-header-'));
  try {
    const file = path.join(dir, 'x.db');
    const db = new Database(file);
    db.pragma(`page_size = ${pageSize}`);
    db.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('a')");
    db.close();
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const facts = (bytes: Uint8Array, hasWal = false) => ({ size: bytes.length, hasWal });

describe('sqliteHeaderProblem', () => {
  it.each([512, 4096, 65536])('accepts a real database with %i-byte pages', (pageSize) => {
    const bytes = realDatabase(pageSize);
    expect(sqliteHeaderProblem(bytes, facts(bytes))).toBeNull();
  });

  it('accepts an empty file (SQLite makes it a new database)', () => {
    expect(sqliteHeaderProblem(new Uint8Array(0), { size: 0, hasWal: false })).toBeNull();
  });

  it('names what is wrong', () => {
    const real = realDatabase();
    const withByte = (at: number, value: number) => {
      const copy = Buffer.from(real);
      copy[at] = value;
      return sqliteHeaderProblem(copy, facts(copy));
    };
    expect(sqliteHeaderProblem(Buffer.from('hello'), facts(Buffer.from('hello')))).toMatch(/too short/);
    expect(withByte(0, 0x73)).toMatch(/SQLite header/);
    expect(withByte(16, 0x03)).toMatch(/page size/);
    expect(withByte(18, 9)).toMatch(/format version/);
    expect(withByte(21, 65)).toMatch(/payload fractions/);
    expect(sqliteHeaderProblem(real.subarray(0, 4096 + 10), { size: 4096 + 10, hasWal: false })).toMatch(/whole number/);
    expect(sqliteHeaderProblem(real.subarray(0, 4096), { size: 4096, hasWal: false })).toMatch(/counts 2 pages/);
  });

  it('does not judge the size while a WAL file may hold the rest', () => {
    const real = realDatabase();
    expect(sqliteHeaderProblem(real.subarray(0, 4096), { size: 4096, hasWal: true })).toBeNull();
  });

  it('never throws, whatever the bytes and sizes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(), fc.boolean(), (bytes, size, hasWal) => {
        const problem = sqliteHeaderProblem(bytes, { size, hasWal });
        expect(problem === null || typeof problem === 'string').toBe(true);
      }),
    );
  });

  it('refuses every single-byte change to the fixed header fields (property)', () => {
    const real = realDatabase();
    const fixed = [...Array.from({ length: 16 }, (_, i) => i), 21, 22, 23];
    fc.assert(
      fc.property(fc.constantFrom(...fixed), fc.integer({ min: 1, max: 255 }), (at, delta) => {
        const copy = Buffer.from(real);
        copy[at] = (copy[at]! + delta) % 256;
        expect(sqliteHeaderProblem(copy, facts(copy))).not.toBeNull();
      }),
    );
  });
});
