/**
 * A stand-in for the keys part in tests and benchmarks: the principal is the value of the
 * `x-client-key` header (no secret, no check), and every event any part emits is collected.
 */
import type { GatewayEvent, GatewayPart, GatewayPartFactory } from '../../pipeline/part.js';

/** The identity part and the events it saw. */
export interface HeaderIdentity {
  readonly factory: GatewayPartFactory;
  readonly events: GatewayEvent[];
}

/** Make a header identity part. */
export function headerIdentity(): HeaderIdentity {
  const events: GatewayEvent[] = [];
  const part: GatewayPart = {
    id: 'test-identity',
    stages: {
      authenticate: (req) => {
        const key = req.headers['x-client-key'];
        return typeof key === 'string' && key !== '' ? { id: key, scopes: [] } : undefined;
      },
    },
    onEvent: (event) => void events.push(event),
  };
  return { factory: () => part, events };
}
