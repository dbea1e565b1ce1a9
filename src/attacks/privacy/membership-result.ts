/** What every membership-inference test returns, built from its member and non-member scores. */
import { logRocSample, rocCurve, tprAtFpr, type RocCurve, type RocSample } from '../../stats/index.js';
import { describeMembershipRisk, operatingPoint, type AttackerKnowledge, type OperatingPoint } from './plain-words.js';

/** The membership attacks of this folder. */
export type MembershipAttackName = 'loss' | 'confidence' | 'correctness' | 'calibrated-threshold' | 'lira-online' | 'lira-offline';

/** The outcome of one membership-inference test against one model. */
export interface MembershipResult {
  readonly attack: MembershipAttackName;
  /** The model's name (file, URL or function). */
  readonly model: string;
  /** Rows known to be in the training data that were scored. */
  readonly members: number;
  /** Rows known not to be that were scored. */
  readonly nonMembers: number;
  /** Area under the ROC curve: 0.5 is guessing, 1 is telling every member from every non-member. */
  readonly auc: number;
  /** Share of members flagged while flagging at most 1% of non-members (no interpolation). */
  readonly tprAt1PctFpr: number;
  /** Share of members flagged while flagging at most 0.1% of non-members: the figure that matters most. */
  readonly tprAt0_1PctFpr: number;
  /** Best (TPR + 1 − FPR) / 2 over thresholds. */
  readonly balancedAccuracy: number;
  /** The ROC curve sampled on a log false-positive axis, for a chart. */
  readonly roc: RocSample;
  /** The point the summary describes, with the chance that guessing would do as well. */
  readonly operatingPoint: OperatingPoint;
  /** One sentence on what this means for the people in the data. */
  readonly summary: string;
  /** Conditions worth reading beside the figures (what the attack assumed, its limits). */
  readonly notes: readonly string[];
  /** Rows sent to the model by this test. */
  readonly queries: number;
  /** The attack's score of every member and non-member (higher: more likely a member), in input order. */
  readonly scores: { readonly members: Float64Array; readonly nonMembers: Float64Array };
}

/** Everything about a test that is not computed from its scores. */
export interface ResultContext {
  readonly attack: MembershipAttackName;
  readonly model: string;
  readonly knowledge: AttackerKnowledge;
  readonly queries: number;
  readonly notes?: readonly string[];
}

/** Note on how the thresholds of the figures were chosen, added to every result. */
const THRESHOLD_NOTE =
  'Each rate is read at the best threshold for that false-positive rate, chosen knowing who was a member, as is usual in these audits; a real attacker has to estimate the threshold and may do somewhat worse.';

/** Build a {@link MembershipResult} from the scores of members and non-members. */
export function membershipResult(memberScores: Float64Array, nonMemberScores: Float64Array, context: ResultContext): MembershipResult {
  const curve = rocCurve(memberScores, nonMemberScores);
  return {
    attack: context.attack,
    model: context.model,
    members: memberScores.length,
    nonMembers: nonMemberScores.length,
    auc: curve.auc,
    tprAt1PctFpr: tprAtFpr(curve, 0.01),
    tprAt0_1PctFpr: tprAtFpr(curve, 0.001),
    balancedAccuracy: balancedAccuracy(curve),
    roc: logRocSample(curve),
    operatingPoint: operatingPoint(curve),
    summary: describeMembershipRisk(curve, context.knowledge),
    notes: [...(context.notes ?? []), ...sampleNotes(nonMemberScores.length), THRESHOLD_NOTE],
    queries: context.queries,
    scores: { members: memberScores, nonMembers: nonMemberScores },
  };
}

/** Say when there are too few non-members to measure the low false-positive rates. */
function sampleNotes(nonMembers: number): string[] {
  const count = nonMembers.toLocaleString('en-US');
  if (nonMembers < 100) return [`With ${count} non-members neither 1% nor 0.1% false positives can be measured: both rates are read with no false positive at all. Test at least 1,000 non-members (10,000 for a stable 0.1% figure).`];
  if (nonMembers < 1000) return [`With ${count} non-members a 0.1% false-positive rate cannot be measured: that rate is read with no false positive at all. Test at least 1,000 non-members (10,000 for a stable figure).`];
  return [];
}

function balancedAccuracy(curve: RocCurve): number {
  let best = 0.5;
  for (let k = 0; k < curve.fpr.length; k++) best = Math.max(best, (curve.tpr[k]! + 1 - curve.fpr[k]!) / 2);
  return best;
}
