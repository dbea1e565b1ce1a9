/**
 * `auth:` — who may call the gateway: API keys (made with `aisec keys create`, stored hashed in
 * the gateway's store) and optional JWT verification against a local JWKS file. Without this
 * section the gateway does not authenticate. docs/gateway/keys.md describes the behaviour.
 */
import { z } from 'zod';

/** The JWS algorithms the gateway can verify (asymmetric only: a shared secret would have to live in the gateway). */
export const jwtAlgorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;
/** One of {@link jwtAlgorithms}. */
export type JwtAlgorithm = (typeof jwtAlgorithms)[number];

/** `auth.jwt`: bearer tokens signed by an identity provider, verified against a local JWKS file. */
export const JwtSchema = z
  .strictObject({
    jwks: z
      .string()
      .min(1)
      .max(4096)
      .refine((p) => !p.includes('\0'), 'a file name may not contain NUL')
      .describe('JWKS file (JSON Web Key Set with the issuer\'s public keys), relative to this file\'s folder; re-read when it changes.'),
    issuer: z.string().min(1).max(1000).describe('The `iss` every token must carry, exactly.'),
    audience: z.string().min(1).max(1000).describe('A value the token\'s `aud` (a string or an array) must contain.'),
    scopeClaim: z
      .string()
      .regex(/^[A-Za-z0-9_:.-]{1,100}$/, 'a claim name is letters, digits and _ : . - (at most 100)')
      .default('scope')
      .describe('Claim holding the scopes: a space-separated string or an array of strings.'),
    scopePrefix: z
      .string()
      .regex(/^[A-Za-z0-9_:./-]{0,100}$/, 'a prefix is letters, digits and _ : . / - (at most 100)')
      .default('')
      .describe('Take only the claim\'s scopes that start with this, without it (e.g. "aisec:" so that the provider\'s scopes for other applications, such as their "admin", grant nothing here).'),
    algorithms: z
      .array(z.enum(jwtAlgorithms))
      .min(1)
      .max(jwtAlgorithms.length)
      .default(['RS256', 'ES256', 'EdDSA'])
      .describe('Algorithms accepted (allow-list); a token\'s `alg` must be one of them and match its key. HS256/HS384/HS512 and "none" are never accepted: a shared secret in the gateway would let anyone who reads its files mint tokens.'),
    clockSkewSeconds: z.number().int().min(0).max(600).default(30).describe('Tolerance for `exp`, `nbf` and `iat` against the gateway\'s clock.'),
    maxTokenBytes: z.number().int().min(256).max(65_536).default(8192).describe('Longest token accepted; longer is refused before any parsing.'),
  })
  .describe('JWT verification against a local JWKS file.');

/** The `auth` section. */
export const AuthSchema = z
  .strictObject({
    keys: z.boolean().default(true).describe('Accept API keys made with `aisec keys create` (kept in the store of `state.database`).'),
    jwt: JwtSchema.optional(),
    required: z
      .boolean()
      .default(true)
      .describe('Refuse requests without a credential (401). false: such requests pass anonymously (for loopback development); a credential that is sent must still be valid.'),
    refreshMs: z.number().int().min(100).max(10_000).default(500).describe('How often each replica reads key changes from the store; a revoked key stops working within about this time.'),
  })
  .refine((auth) => auth.keys || auth.jwt !== undefined, 'auth needs keys: true or a jwt section; remove the auth section to run without authentication')
  .describe('Authentication and scopes (API keys, JWT).');

/** A validated `auth` section. */
export type AuthConfig = z.output<typeof AuthSchema>;
/** A validated `auth.jwt` section. */
export type JwtConfig = z.output<typeof JwtSchema>;
