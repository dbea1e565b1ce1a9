/**
 * The library face of the kill switch: set a model's control in the store (audited) and tell
 * the replicas through Redis. The CLI, the admin API and incident playbooks all call this; a
 * running gateway needs to be told nothing else (replicas that miss the Redis message read the
 * change from the store within `control.pollMs`).
 *
 * @example
 * await setModelControl(store, { redis, keyPrefix: 'aisec:gw:' }, 'credit', 'disabled', { actor: 'playbook:extraction', reason: 'incident 42' });
 */
import type { Cluster, Redis } from 'ioredis';
import type { GatewayControl, GatewayControlState, Store } from '../../store/index.js';
import { checkSubject } from './names.js';

/** Where control changes are announced: a Redis connection (one server or a cluster) and the gateway's key prefix. */
export interface ControlBus {
  readonly redis: Redis | Cluster;
  readonly keyPrefix: string;
}

/** Who changes a control, and why. */
export interface ControlActor {
  readonly actor: string;
  readonly reason?: string;
}

/** What {@link setModelControl} did. */
export interface ControlChangeResult {
  readonly control: GatewayControl;
  /** True when announced on Redis, false when that failed (replicas then poll it), undefined without Redis. */
  readonly published: boolean | undefined;
}

/** The states a control takes. */
export const controlStates: readonly GatewayControlState[] = ['enabled', 'disabled', 'restricted', 'review'];

/**
 * The Redis channel replicas of a gateway listen on for control changes. On a Redis Cluster a
 * PUBLISH reaches the subscribers on every node (the cluster bus forwards it), so one channel
 * serves both forms.
 */
export function controlChannel(keyPrefix: string): string {
  return `${keyPrefix}control`;
}

/** Announce that the controls changed (the message is only a hint: replicas re-read the store). */
export async function announceControlChange(bus: ControlBus, version: number): Promise<boolean> {
  try {
    await bus.redis.publish(controlChannel(bus.keyPrefix), JSON.stringify({ version }));
    return true;
  } catch {
    return false;
  }
}

/**
 * Set the control of a model or route (`enabled`, `disabled`, `restricted`, `review`): stored
 * with the next change number and an audit event in one transaction, then announced on Redis.
 */
export async function setModelControl(store: Store, bus: ControlBus | undefined, subject: string, state: GatewayControlState, by: ControlActor): Promise<ControlChangeResult> {
  checkSubject(subject, 'setModelControl');
  const control = await store.setGatewayControl({ subject, state, reason: by.reason ?? '', actor: by.actor });
  const published = bus === undefined ? undefined : await announceControlChange(bus, control.version);
  return { control, published };
}
