/**
 * `auth:` — who may call the gateway: API keys (made with `aisec keys create`, stored hashed in
 * the gateway's store) and optional JWT verification against a local JWKS file.
 */
import { z } from 'zod';

/** The `auth` section. */
export const AuthSchema = z.strictObject({}).describe('Authentication and scopes (API keys, JWT).');
