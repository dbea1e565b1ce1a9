import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPostgresUrl, parsePostgresUrl, redactPostgresUrl } from './postgres-url.js';

describe('isPostgresUrl', () => {
  it('accepts both schemes in any case and nothing else', () => {
    expect(['postgres://h/db', 'postgresql://h/db', 'POSTGRES://h/db'].every(isPostgresUrl)).toBe(true);
    expect(['mysql://h/db', 'sqlite:///x.db', 'postgres:/h', 'file:x', ' postgres://h'].some(isPostgresUrl)).toBe(false);
  });
});

describe('redactPostgresUrl', () => {
  it('drops the password from the user-info and the query', () => {
    expect(redactPostgresUrl('postgres://ana:s3cret@db.example:5432/aisec')).toBe('postgres://ana@db.example:5432/aisec');
    expect(redactPostgresUrl('postgres://ana@h/db?password=s3cret&sslmode=require')).toBe('postgres://ana@h/db?sslmode=require');
  });

  it('shows no user-info of a URL it cannot parse', () => {
    expect(redactPostgresUrl('postgres://ana:s3cret@[bad/db')).not.toContain('s3cret');
  });

  it('never shows the password (property)', () => {
    const password = fc.string({ minLength: 4, maxLength: 20 }).filter((p) => /^[A-Za-z0-9!*~-]+$/.test(p) && !'postgres://ana@db.example:5432/aisec'.includes(p));
    fc.assert(
      fc.property(password, fc.boolean(), (secret, inQuery) => {
        const url = inQuery ? `postgres://ana@db.example:5432/aisec?password=${secret}` : `postgres://ana:${secret}@db.example:5432/aisec`;
        expect(redactPostgresUrl(url)).not.toContain(secret);
        expect(parsePostgresUrl(url).location).not.toContain(secret);
        expect(parsePostgresUrl(url).password).toBe(secret);
      }),
    );
  });
});

describe('parsePostgresUrl', () => {
  it('turns ?schema= into a search_path for every connection and keeps other options', () => {
    const target = parsePostgresUrl('postgres://ana@h/db?schema=team_a&options=-c%20statement_timeout%3D5000');
    expect(target.schema).toBe('team_a');
    const url = new URL(target.connectionString);
    expect(url.searchParams.get('schema')).toBeNull();
    expect(url.searchParams.get('options')).toBe('-c statement_timeout=5000 -c search_path=team_a');
    expect(target.location).toBe('postgres://ana@h/db?schema=team_a&options=-c+statement_timeout%3D5000');
  });

  it('takes the schema from the options too', () => {
    expect(parsePostgresUrl('postgres://h/db', { schema: 'x1' }).schema).toBe('x1');
    expect(parsePostgresUrl('postgres://h/db').schema).toBeNull();
  });

  it('refuses schema names that would need quoting', () => {
    for (const bad of ['Team', '1abc', 'a-b', 'a;drop', 'x'.repeat(64), '']) {
      expect(() => parsePostgresUrl(`postgres://h/db?schema=${encodeURIComponent(bad)}`), bad).toThrow(expect.objectContaining({ code: 'ERR_CONFIG_INVALID' }));
    }
  });

  it('refuses a URL that cannot be parsed, without echoing the password', () => {
    let error: unknown;
    try {
      parsePostgresUrl('postgres://ana:s3cret@[::1/db');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'ERR_CONFIG_INVALID' });
    expect((error as Error).message).not.toContain('s3cret');
  });
});
