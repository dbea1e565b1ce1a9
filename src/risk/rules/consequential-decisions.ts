import { defineThreatRule } from '../threat.js';
import { highImpactCriticalities } from './rule-helpers.js';

/** Decisions about people's credit, health, work, housing, education… → harmful decisions (high impact). */
export const consequentialDecisions = defineThreatRule({
  id: 'consequential-decisions',
  condition: 'The system decides about credit, insurance, health, employment, education, essential services (housing, benefits), law enforcement, migration, justice, biometrics, critical infrastructure or safety (or states no criticality).',
  yields: ['harmful-decisions'] as const,
  evaluate(system) {
    const criticality = system.criticality;
    if (criticality !== undefined && !highImpactCriticalities.has(criticality)) return [];
    const unknown = [...(criticality === undefined ? ['criticality'] : []), ...(system.automation === undefined ? ['automation'] : [])];
    const hints =
      criticality === undefined
        ? ['Criticality not stated: check whether the system falls under the EU AI Act Annex III high-risk areas.']
        : [
            `Decisions about ${criticality} are among the EU AI Act Annex III high-risk areas (or a safety component): the requirements of Articles 9-15 likely apply (risk management, data governance, logging, transparency, human oversight, accuracy, robustness and cybersecurity).`,
          ];
    return [
      {
        kind: 'harmful-decisions' as const,
        asset: { kind: 'system' as const, name: system.name },
        reason:
          criticality === undefined
            ? `The system states no criticality; assumed to decide about people's lives.`
            : `The system decides about ${criticality}: a wrong, manipulated or biased output harms the person decided about.`,
        likelihood: system.automation === 'fully-automated' || system.automation === undefined ? 4 : system.automation === 'human-review' ? 3 : 2,
        hints,
        ...(unknown.length > 0 ? { unknown } : {}),
      },
    ];
  },
});
