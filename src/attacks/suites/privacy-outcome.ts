/** What the privacy suite measured, handed from its steps to its report and findings. */
import type { MembershipAttackName, MembershipResult } from '../privacy/index.js';
import type { PrivacySettings } from './privacy-options.js';

/** Attack names for people. */
export const membershipLabels: Readonly<Record<MembershipAttackName, string>> = {
  correctness: 'correctness baseline (labels)',
  loss: 'loss threshold',
  confidence: 'confidence threshold',
  'calibrated-threshold': 'calibrated thresholds',
  'lira-online': 'LiRA online',
  'lira-offline': 'LiRA offline',
};

/** Everything the steps produced. */
export interface PrivacyOutcome {
  readonly settings: PrivacySettings;
  /** `model`: the deployed model was tested; `stand-in`: a model trained with its recipe was. */
  subject: 'model' | 'stand-in';
  members?: number;
  nonMembers?: number;
  readonly attacks: Partial<Record<MembershipAttackName, MembershipResult>>;
}
