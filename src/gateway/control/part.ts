/**
 * The control part: the kill switch (disable, restrict, review) and the review queue.
 */
import type { GatewayPart, PartContext } from '../pipeline/part.js';

/** Make the control part, or undefined when the configuration does not ask for it. */
export function createControlPart(ctx: PartContext): GatewayPart | undefined {
  void ctx;
  return undefined;
}
