/**
 * The keys part: API keys and JWT verification (authenticate, authorise, identify).
 */
import type { GatewayPart, PartContext } from '../pipeline/part.js';

/** Make the keys part, or undefined when the configuration does not ask for it. */
export function createKeysPart(ctx: PartContext): GatewayPart | undefined {
  void ctx;
  return undefined;
}
