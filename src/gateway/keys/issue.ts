/**
 * Making API keys (what `aisec keys create` calls): a new random key whose secret is returned
 * once and never stored, and expiry times written as a duration (`90d`) or a date.
 */
import { AisecError } from '../../core/errors.js';
import type { Store, StoredApiKey } from '../../store/index.js';
import { generateApiKey } from './key-format.js';
import { checkScopes } from './scopes.js';

/** What `issueApiKey` needs. */
export interface IssueOptions {
  readonly owner: string;
  readonly scopes: readonly string[];
  /** ISO time, or null for a key that does not expire. */
  readonly expiresAt: string | null;
  /** Default: now. */
  readonly createdAt?: Date;
}

/** A key just made: `key` is the only copy of the secret. */
export interface IssuedApiKey {
  readonly key: string;
  readonly record: StoredApiKey;
}

// eslint-disable-next-line no-control-regex -- control characters are what it refuses
const ownerPattern = /^[^\u0000-\u001f\u007f]{1,200}$/u;

/**
 * Make a key with these scopes for `owner` and store its digest. The scopes are checked against
 * the grammar (ERR_USAGE names a bad one); a key without scopes is refused, since it could do nothing.
 */
export async function issueApiKey(store: Store, options: IssueOptions): Promise<IssuedApiKey> {
  if (!ownerPattern.test(options.owner)) throw new AisecError('ERR_USAGE', 'The owner is 1 to 200 characters without control characters (a person, team or service name).');
  if (options.scopes.length === 0) throw new AisecError('ERR_USAGE', 'A key needs at least one scope (e.g. --scope route:chat); a key without scopes can do nothing.');
  checkScopes(options.scopes);
  const createdAt = (options.createdAt ?? new Date()).toISOString();
  if (options.expiresAt !== null && Date.parse(options.expiresAt) <= Date.parse(createdAt)) throw new AisecError('ERR_USAGE', `The expiry ${options.expiresAt} is not in the future.`);
  // Ids are 60 random bits; a clash is astronomically rare, but a second try costs nothing.
  for (let attempt = 0; ; attempt++) {
    const made = generateApiKey();
    if (attempt < 2 && (await store.getApiKey(made.id)) !== null) continue;
    const record = await store.createApiKey({ id: made.id, digest: made.digest, owner: options.owner, scopes: [...new Set(options.scopes)], createdAt, expiresAt: options.expiresAt });
    return { key: made.key, record };
  }
}

const units: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/**
 * An expiry as written on the command line: `never`, a duration (`12h`, `90d`, `8w`) from `now`,
 * or a date or date and time (`2027-01-01`, `2027-01-01T12:00:00Z`; a date alone is midnight
 * UTC). Returns an ISO time or null for never; ERR_USAGE for anything else or a time not ahead.
 */
export function parseExpiry(text: string, now: Date = new Date()): string | null {
  const trimmed = text.trim();
  if (trimmed === 'never') return null;
  const duration = /^(\d{1,5})([hdw])$/.exec(trimmed);
  let at: number;
  if (duration) at = now.getTime() + Number(duration[1]) * units[duration[2]!]!;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) at = Date.parse(`${trimmed}T00:00:00Z`);
  else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(trimmed)) at = Date.parse(trimmed);
  else at = Number.NaN;
  if (Number.isNaN(at)) throw new AisecError('ERR_USAGE', `--expires takes a duration (12h, 90d, 8w), a date (2027-01-01), a date and time with zone (2027-01-01T12:00:00Z) or never; not ${JSON.stringify(trimmed.slice(0, 60))}.`);
  if (at <= now.getTime()) throw new AisecError('ERR_USAGE', `--expires ${trimmed} is not in the future.`);
  return new Date(at).toISOString();
}
