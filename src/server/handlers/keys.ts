/**
 * The keys of the stores this server reads tokens from (admin, global token): listed without
 * digests, and revoked with who and why, which also ends the key's sessions at once.
 */
import { z } from 'zod';
import { AisecError } from '../../core/errors.js';
import { apiKeyState, apiKeyView, keyIdOf } from '../../gateway/index.js';
import type { StoredApiKey } from '../../store/index.js';
import { actorOf } from '../authenticate.js';
import { callerOf, ok, requireGlobal, type ApiHandler } from '../api-context.js';
import { roleOfScopes } from '../roles.js';
import { checkBody } from '../request-input.js';

/** A key as answered: never its digest. */
function shown(key: StoredApiKey, store: string, nowMs: number): Record<string, unknown> {
  return { ...apiKeyView(key), role: roleOfScopes(key.scopes) ?? null, state: apiKeyState(key, nowMs), store };
}

/** GET /api/v1/keys?all=true */
export const listKeys: ApiHandler = async (ctx) => {
  requireGlobal(ctx);
  const all = ctx.query.get('all');
  if (all !== null && all !== 'true' && all !== 'false') throw new AisecError('ERR_USAGE', 'The query parameter all takes true or false.');
  const nowMs = ctx.app.now().getTime();
  const keys: Record<string, unknown>[] = [];
  for (const source of ctx.app.stores.keySources) {
    for (const key of await source.store.listApiKeys({ includeRevoked: all === 'true' })) keys.push(shown(key, source.label, nowMs));
  }
  return ok({ keys });
};

const RevokeBody = z.object({ reason: z.string().max(2000).optional() }).strict();

/** POST /api/v1/keys/:key/revoke {reason} */
export const revokeKey: ApiHandler = async (ctx) => {
  requireGlobal(ctx);
  const id = keyIdOf(ctx.params.key);
  if (id === undefined) throw new AisecError('ERR_USAGE', 'The key is named by its id: the 12 characters after aisec_ (GET /api/v1/keys lists them).');
  const body = checkBody(RevokeBody, await ctx.body());
  for (const source of ctx.app.stores.keySources) {
    if ((await source.store.getApiKey(id)) === null) continue;
    const key = await source.store.revokeApiKey(id, { by: actorOf(callerOf(ctx)), reason: body.reason ?? '' });
    const sessionsEnded = ctx.app.sessions.deleteForKey(id);
    return ok({ key: shown(key, source.label, ctx.app.now().getTime()), sessionsEnded });
  }
  throw new AisecError('ERR_ASSET_NOT_FOUND', `No key has the id ${id} in the stores this server reads tokens from.`);
};
