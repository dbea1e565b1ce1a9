/**
 * A test-only part that authenticates callers by `authorization: Bearer <principal>`: the
 * principal `admin` has the admin scope, any other name none; no header is anonymous.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { AisecError } from '../../../core/errors.js';
import type { GatewayPart } from '../../pipeline/part.js';
import type { Principal } from '../../pipeline/stages.js';

function principalOf(headers: IncomingHttpHeaders): Principal | undefined {
  const value = headers.authorization;
  if (value === undefined) return undefined;
  const m = /^Bearer ([a-z0-9-]{1,40})$/.exec(value);
  if (!m) throw new AisecError('ERR_AUTH_REQUIRED', 'Unknown credential.');
  return { id: m[1]!, scopes: m[1] === 'admin' ? ['admin'] : [] };
}

/** The factory of the test identity part. */
export function testIdentityPart(): GatewayPart {
  return {
    id: 'test-identity',
    identify: principalOf,
    stages: { authenticate: (req) => principalOf(req.headers) },
  };
}
