/**
 * Every part of the gateway, listed once. The pipeline runs hook by hook (every part's
 * authorise, then every part's limit, …); within a hook, parts run in this order: who is
 * calling (keys), how much they may (limits), what the production monitor records (monitor:
 * it reads the model's own answer, before hardening), what the extraction monitor sees and how answers
 * are hardened (extraction), what the guards say (guards), whether the model is on and which
 * answers are held for review (control: after extraction, so a held answer is the hardened
 * one), the GenAI request metrics, and last the audit log, which records the others' verdicts
 * and events.
 */
import { createAuditPart } from './audit/part.js';
import { createControlPart } from './control/part.js';
import { createExtractionPart } from './extraction/part.js';
import { createGuardsPart } from './guards/part.js';
import { createKeysPart } from './keys/part.js';
import { createLimitsPart } from './limits/part.js';
import { createMonitorPart } from './monitor/part.js';
import { createGenAiMetricsPart } from './observe/genai-part.js';
import type { GatewayPart, GatewayPartFactory, PartContext } from './pipeline/part.js';

/** The built-in part factories, in pipeline order. */
export const builtinGatewayParts: readonly GatewayPartFactory[] = Object.freeze([
  createKeysPart,
  createLimitsPart,
  createMonitorPart,
  createExtractionPart,
  createGuardsPart,
  createControlPart,
  createGenAiMetricsPart,
  createAuditPart,
]);

/** Make the parts the configuration asks for (closing those made so far if one fails). */
export async function createGatewayParts(ctx: PartContext, factories: readonly GatewayPartFactory[] = builtinGatewayParts): Promise<GatewayPart[]> {
  const parts: GatewayPart[] = [];
  try {
    for (const factory of factories) {
      const part = await factory(ctx);
      if (part) parts.push(part);
    }
  } catch (error) {
    for (const part of parts.reverse()) await part.close?.().catch(() => undefined);
    throw error;
  }
  return parts;
}
