import { describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { mapPostgresError } from './postgres-errors.js';

const where = 'postgres://ana@db:5432/aisec';
function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('mapPostgresError', () => {
  it.each([
    ['connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED', /could not be reached.*Start PostgreSQL/s],
    ['database "nope" does not exist', '3D000', /no such database.*createdb/s],
    ['password authentication failed for user "ana"', '28P01', /rejected the login/],
    ['the database system is starting up', '57P03', /could not be reached/],
    ['sorry, too many clients already', '53300', /could not be reached/],
  ])('maps "%s" to ERR_STORE_UNAVAILABLE with the fix', (message, code, expected) => {
    const mapped = mapPostgresError(withCode(message, code), where, null);
    expect(mapped).toBeInstanceOf(AisecError);
    expect(mapped).toMatchObject({ code: 'ERR_STORE_UNAVAILABLE' });
    expect((mapped as Error).message).toMatch(expected);
    expect((mapped as Error).message).toContain(where);
    expect((mapped as Error).message).toMatch(/AISEC_DATABASE_URL/);
  });

  it('reads the codes inside an AggregateError (several addresses refused)', () => {
    const aggregate = new AggregateError([withCode('', 'ECONNREFUSED'), withCode('', 'ECONNREFUSED')], '');
    expect(mapPostgresError(aggregate, where, null)).toMatchObject({ code: 'ERR_STORE_UNAVAILABLE' });
  });

  it('scrubs the password should a message ever contain it', () => {
    const mapped = mapPostgresError(withCode('login with s3cret failed', '28P01'), where, 's3cret') as Error;
    expect(mapped.message).not.toContain('s3cret');
  });

  it('leaves other errors alone', () => {
    const constraint = withCode('duplicate key value', '23505');
    expect(mapPostgresError(constraint, where, null)).toBe(constraint);
    expect(mapPostgresError('not an error', where, null)).toBe('not an error');
  });
});
