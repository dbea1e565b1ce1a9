/**
 * Gateway events as monitored events: the kinds the monitor counts (guard hits, extraction
 * alarms, errors) from what the gateway's parts emit through `onEvent`. Typed by shape, so
 * the monitor does not depend on the gateway.
 */

/** The fields of a gateway event the monitor reads. */
export interface GatewayEventLike {
  readonly type: string;
  readonly at: string;
  readonly model?: string;
  readonly route?: string;
}

const kinds: Readonly<Record<string, 'guard-hit' | 'extraction-alarm' | 'error'>> = {
  'guard.blocked': 'guard-hit',
  'extraction.alarm': 'extraction-alarm',
  'guard.error': 'error',
};

/** The monitored event for a gateway event, or `null` when the monitor does not count its type. */
export function fromGatewayEvent(event: GatewayEventLike): Record<string, unknown> | null {
  const kind = kinds[event.type];
  const model = event.model ?? event.route;
  if (kind === undefined || model === undefined) return null;
  return { ts: event.at, model, kind, ...(kind === 'error' ? { status: 'error' } : {}) };
}
