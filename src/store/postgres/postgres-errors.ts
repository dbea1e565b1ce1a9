import { AisecError } from '../../core/errors.js';

const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOENT']);

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string') codes.push(own);
  // Node reports a refused connection to a name with several addresses as an AggregateError.
  if (error instanceof AggregateError) for (const inner of error.errors) codes.push(...codesOf(inner));
  return codes;
}

function scrub(text: string, password: string | null): string {
  return password ? text.split(password).join('***') : text;
}

/**
 * Turn an error of `pg` that means "the database cannot be used from here" (refused, unknown
 * host, login rejected, no such database, server shutting down, too many connections) into
 * `ERR_STORE_UNAVAILABLE`, naming the URL without password and the fix. Other errors are
 * returned unchanged.
 */
export function mapPostgresError(error: unknown, location: string, password: string | null): unknown {
  if (error instanceof AisecError || !(error instanceof Error)) return error;
  const codes = codesOf(error);
  const reason = scrub(error.message || codes[0] || 'connection failed', password);
  const fail = (what: string, fix: string) =>
    new AisecError('ERR_STORE_UNAVAILABLE', `PostgreSQL at ${location} ${what} (${reason}). ${fix}`, { cause: error, details: { location } });
  const orSqlite = 'Unset AISEC_DATABASE_URL to use the SQLite store file instead.';
  if (codes.includes('3D000')) return fail('has no such database', `Create it (createdb NAME) or fix the database name in AISEC_DATABASE_URL. ${orSqlite}`);
  if (codes.some((code) => code.startsWith('28'))) return fail('rejected the login', `Check the user and password in AISEC_DATABASE_URL and the server's pg_hba.conf. ${orSqlite}`);
  if (codes.some((code) => networkCodes.has(code) || code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03' || code === '53300')) {
    return fail('could not be reached', `Start PostgreSQL (or wait until it accepts connections) and check the host and port in AISEC_DATABASE_URL. ${orSqlite}`);
  }
  if (/timeout|Connection terminated/i.test(error.message)) {
    return fail('did not answer in time', `Start PostgreSQL and check the host and port in AISEC_DATABASE_URL. ${orSqlite}`);
  }
  return error;
}
