/**
 * A stand-in for the keys part in tests and benchmarks: the principal is the value of the
 * `x-client-key` header (no secret, no check; a key starting with `admin` has the admin scope),
 * and every event any part emits is collected.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { GatewayEvent, GatewayPart, GatewayPartFactory } from '../../pipeline/part.js';
import type { Principal } from '../../pipeline/stages.js';

/** The identity part and the events it saw. */
export interface HeaderIdentity {
  readonly factory: GatewayPartFactory;
  readonly events: GatewayEvent[];
}

/** Make a header identity part. */
export function headerIdentity(): HeaderIdentity {
  const events: GatewayEvent[] = [];
  const identify = (headers: IncomingHttpHeaders): Principal | undefined => {
    const key = headers['x-client-key'];
    return typeof key === 'string' && key !== '' ? { id: key, scopes: key.startsWith('admin') ? ['admin'] : [] } : undefined;
  };
  const part: GatewayPart = {
    id: 'test-identity',
    stages: { authenticate: (req) => identify(req.headers) },
    identify,
    onEvent: (event) => void events.push(event),
  };
  return { factory: () => part, events };
}
