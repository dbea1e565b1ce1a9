/** Every built-in probe, listed once. */
import type { ProbeDef } from '../types.js';
import { directOverrideProbe } from './direct-override.js';
import { excessiveAgencyProbe } from './excessive-agency.js';
import { indirectInjectionProbe } from './indirect-injection.js';
import { jailbreakRoleplayProbe } from './jailbreak-roleplay.js';
import { markdownExfiltrationProbe } from './markdown-exfiltration.js';
import { multiTurnEscalationProbe } from './multi-turn-escalation.js';
import { secretLeakageProbe } from './secret-leakage.js';
import { systemPromptExtractionProbe } from './system-prompt-extraction.js';

export const builtinProbes: readonly ProbeDef[] = Object.freeze([
  directOverrideProbe,
  indirectInjectionProbe,
  systemPromptExtractionProbe,
  markdownExfiltrationProbe,
  secretLeakageProbe,
  excessiveAgencyProbe,
  jailbreakRoleplayProbe,
  multiTurnEscalationProbe,
]);
