/**
 * The privacy suite's finding: membership leakage, raised when an attack finds at least
 * `tprThreshold` of the members at 0.1% false positives (10× what guessing finds) or reaches
 * `aucThreshold`, in either case beyond what chance explains. High when it finds 5× the
 * threshold at 0.1% false positives or the AUC reaches 0.7; one level more in high-stakes domains.
 */
import type { FindingInput } from '../../core/finding.js';
import type { Severity } from '../../core/severity.js';
import type { MembershipResult } from '../privacy/index.js';
import { percent } from './plain-numbers.js';
import { membershipLabels, type PrivacyOutcome } from './privacy-outcome.js';
import { byStrength, leakVerdict } from './privacy-report.js';
import { raiseForCriticality } from './suite-options.js';

const MEMBERSHIP = { atlas: ['AML.T0024.000', 'AML.T0024'], owasp: ['ML04'] };

/** The finding the outcome supports, if any. */
export function privacyFindings(outcome: PrivacyOutcome): FindingInput[] {
  const s = outcome.settings;
  const leaking = byStrength(outcome).filter(([, r]) => {
    const v = leakVerdict(r, s);
    return v.byLowFpr || v.byAuc;
  });
  const strongest = leaking[0];
  if (!strongest) return [];
  const [name, r] = strongest;
  const highest = leaking.reduce((a, [, x]) => Math.max(a, x.auc), 0);
  const base: Severity = leaking.some(([, x]) => leakVerdict(x, s).byLowFpr && x.tprAt0_1PctFpr >= 5 * s.tprThreshold) || highest >= 0.7 ? 'high' : 'medium';
  const standIn = outcome.subject === 'stand-in';
  const labelsOnly = leaking.every(([n]) => n === 'correctness');
  return [
    {
      rule: 'membership-leakage',
      key: standIn ? 'stand-in' : 'model',
      title: standIn ? 'Models trained with this recipe reveal who was in their training data' : 'The model reveals who was in its training data',
      severity: raiseForCriticality(base, s.criticality),
      confidence: standIn ? 'medium' : 'high',
      message: `${r.summary} Strongest attack: ${membershipLabels[name]}, AUC ${r.auc.toFixed(3)}, ${percent(r.tprAt1PctFpr)} of members found at 1% false positives and ${percent(r.tprAt0_1PctFpr)} at 0.1% (reported from ${percent(s.tprThreshold)} at 0.1% or AUC ${s.aucThreshold}).${standIn ? ' Measured on a stand-in model trained with the same recipe, because the training rows were not given.' : ''}`,
      evidence: {
        subject: outcome.subject,
        members: outcome.members,
        nonMembers: outcome.nonMembers,
        thresholds: { tprAt0_1PctFpr: s.tprThreshold, auc: s.aucThreshold },
        attacks: Object.fromEntries(leaking.map(([n, x]) => [n, figures(x)])),
      },
      why: `Someone who holds a person's record and can ${labelsOnly ? 'see the model\'s decisions' : 'query the model'} can tell whether that person was in the training data — for a credit, health or employment model that alone discloses something about them (that they were a customer, a patient, an applicant). Models that remember their training rows this way can also leak the rows' contents.`,
      fix: 'Reduce memorisation: regularise the model (weight penalty, early stopping, fewer epochs, a smaller model), train on more data, or train with differential privacy (DP-SGD) for a provable bound. Answer only what callers need (the decision, or rounded scores), and limit how many queries one client may send. Run `aisec test` again after retraining: the figures should fall towards the chance line.',
      taxonomy: MEMBERSHIP,
    },
  ];
}

function figures(r: MembershipResult): Record<string, number> {
  return { auc: r.auc, tprAt1PctFpr: r.tprAt1PctFpr, tprAt0_1PctFpr: r.tprAt0_1PctFpr, balancedAccuracy: r.balancedAccuracy };
}

