/**
 * Signing in and out of the dashboard: a token given once (`POST /api/v1/session`) becomes an
 * HttpOnly, SameSite=Strict session cookie (Secure over TLS) that lasts until it expires,
 * the key is revoked or expires, or the user signs out.
 */
import { z } from 'zod';
import { callerOfToken } from '../authenticate.js';
import { callerOf, ok, type ApiHandler } from '../api-context.js';
import { checkBody } from '../request-input.js';
import { clearedCookieHeader, sessionCookieHeader } from '../sessions.js';

const LoginBody = z.object({ token: z.string().max(400) }).strict();

/** POST /api/v1/session {token} */
export const login: ApiHandler = async (ctx) => {
  const body = checkBody(LoginBody, await ctx.body());
  const nowMs = ctx.app.now().getTime();
  const caller = await callerOfToken(body.token, ctx.app.stores.keySources, nowMs);
  const keyEnd = caller.expiresAt === null ? Number.POSITIVE_INFINITY : Date.parse(caller.expiresAt);
  const expiresAtMs = Math.min(nowMs + ctx.app.sessionMs, keyEnd);
  const id = ctx.app.sessions.create({ keyId: caller.keyId, source: caller.source.label, expiresAtMs });
  return {
    status: 201,
    body: { keyId: caller.keyId, owner: caller.owner, role: caller.role, systems: caller.source.global ? 'all' : [caller.source.label], expiresAt: new Date(expiresAtMs).toISOString() },
    headers: { 'set-cookie': sessionCookieHeader(id, expiresAtMs - nowMs, ctx.app.secure) },
  };
};

/** GET /api/v1/session: who the caller is. */
export const whoAmI: ApiHandler = async (ctx) => {
  const caller = callerOf(ctx);
  return ok({ keyId: caller.keyId, owner: caller.owner, role: caller.role, systems: caller.source.global ? 'all' : [caller.source.label], via: caller.sessionId === undefined ? 'bearer' : 'session' });
};

/** DELETE /api/v1/session: end the session of the cookie. */
export const logout: ApiHandler = async (ctx) => {
  if (ctx.sessionId !== undefined) ctx.app.sessions.delete(ctx.sessionId);
  return ok({ signedOut: true }, { 'set-cookie': clearedCookieHeader(ctx.app.secure) });
};
