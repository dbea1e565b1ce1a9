import { AisecError } from '../../core/errors.js';

/** Whether `url` names a PostgreSQL database (`postgres://` or `postgresql://`). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(url);
}

/**
 * The URL with any password removed (from the user-info part and from a `password` query
 * parameter), for messages and `Store.location`. Never throws: an unparsable URL is shown
 * only up to its host part, without what looks like user-info.
 */
export function redactPostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    parsed.searchParams.delete('password');
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^/]*@/, '//').replace(/[?#].*$/, '');
  }
}

/** Schema names we accept: plain SQL identifiers, so they never need escaping. */
const schemaPattern = /^[a-z_][a-z0-9_]{0,62}$/;

/** What {@link parsePostgresUrl} found in a URL. */
export interface PostgresTarget {
  /** The URL for the `pg` client: no `schema` parameter, `search_path` set when one was asked for. */
  readonly connectionString: string;
  /** The schema to create and use, or `null` for the server's default search path. */
  readonly schema: string | null;
  /** The URL without password, for messages. */
  readonly location: string;
  /** The password, so messages can be scrubbed of it. */
  readonly password: string | null;
}

/**
 * Read a PostgreSQL URL. The aisec-specific query parameter `schema=NAME` (or
 * `options.schema`) puts every table in that schema, created on open; it is how tests and
 * several installations share one database.
 */
export function parsePostgresUrl(url: string, options: { schema?: string } = {}): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (error) {
    throw new AisecError(
      'ERR_CONFIG_INVALID',
      `AISEC_DATABASE_URL (${redactPostgresUrl(url)}) is not a valid URL: write it as postgres://USER@HOST:5432/DATABASE.`,
      { cause: error },
    );
  }
  const location = redactPostgresUrl(url);
  const schema = options.schema ?? parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null) {
    if (!schemaPattern.test(schema)) {
      throw new AisecError(
        'ERR_CONFIG_INVALID',
        `The schema "${schema.slice(0, 80)}" in AISEC_DATABASE_URL is not allowed: use lower-case letters, digits and _ (at most 63, not starting with a digit).`,
      );
    }
    // Set through the startup `options` so every pooled connection uses it from the start.
    const existing = parsed.searchParams.get('options');
    parsed.searchParams.set('options', `${existing ? `${existing} ` : ''}-c search_path=${schema}`);
  }
  const password = parsed.password !== '' ? decodeURIComponent(parsed.password) : parsed.searchParams.get('password');
  return { connectionString: parsed.toString(), schema, location, password: password === '' ? null : password };
}
