/**
 * One sentence on what a membership test found, for the people whose records are in the
 * data: how many of those in the training data an attacker could single out, at how many false
 * accusations of those who were not in it. Stated at the lowest false-positive rate the test
 * can measure, with the counts behind it, and "not clearly better than guessing" when chance
 * explains the hits.
 */
import { pointAtFpr, type RocCurve } from '../../stats/index.js';
import { chanceOfFlagging } from './chance-level.js';

/** What the attacker needs, in words, per kind of attack. */
export type AttackerKnowledge = 'scores' | 'labels' | 'scores-and-shadows';

/** The false-positive rates the sentence may be stated at, lowest first. */
const LEVELS = [0.001, 0.01, 0.1] as const;
/** Below this chance the hits are called better than guessing. */
const SIGNIFICANCE = 0.01;

/** The operating point the sentence describes. */
export interface OperatingPoint {
  /** The false-positive rate allowed (the lowest in 0.1%, 1%, 10% that the non-members can show; 0 under 10 of them). */
  readonly maxFpr: number;
  readonly membersFlagged: number;
  readonly nonMembersFlagged: number;
  /** Chance that a score carrying no information flags as many members (see {@link chanceOfFlagging}). */
  readonly chance: number;
}

/** The point of `curve` at the lowest false-positive rate its non-members can resolve. */
export function operatingPoint(curve: RocCurve): OperatingPoint {
  const N = curve.negatives;
  const maxFpr = LEVELS.find((level) => N * level >= 1) ?? 0;
  let at = pointAtFpr(curve, maxFpr);
  // The same true-positive rate may be reached with fewer false positives: describe that point.
  while (at > 0 && curve.tpr[at - 1] === curve.tpr[at]) at--;
  const membersFlagged = Math.round(curve.tpr[at]! * curve.positives);
  const nonMembersFlagged = Math.round(curve.fpr[at]! * N);
  // The rule "flag at most floor(maxFpr · N) non-members" is what was chosen; test that.
  const allowed = Math.floor(maxFpr * N + 1e-9);
  return { maxFpr, membersFlagged, nonMembersFlagged, chance: chanceOfFlagging(membersFlagged, curve.positives, N, allowed) };
}

/**
 * The plain-words sentence, e.g. "An attacker who has a person's record and can query the
 * model can tell, for 1 in 87 of the people in the training data (23 of 2,000 tested), that
 * they were in it, while wrongly accusing no more than 1 in 1,000 of the others (1,000 tested)."
 */
export function describeMembershipRisk(curve: RocCurve, knowledge: AttackerKnowledge): string {
  const point = operatingPoint(curve);
  const M = curve.positives;
  const N = curve.negatives;
  const attacker =
    knowledge === 'labels'
      ? "An attacker who has a person's record and can see the model's predicted label"
      : knowledge === 'scores'
        ? "An attacker who has a person's record and can query the model"
        : "An attacker who has a person's record, can query the model and can train look-alike models on similar data";
  const accusing =
    point.nonMembersFlagged === 0
      ? `without wrongly accusing any of the others (${count(N)} tested)`
      : `while wrongly accusing no more than ${oneIn(point.maxFpr)} of the others (${count(N)} tested)`;
  if (point.membersFlagged === 0) {
    const limit = point.maxFpr === 0 ? 'without wrongly accusing any of the others' : `while wrongly accusing no more than ${oneIn(point.maxFpr)} of the others`;
    return `${attacker} could not single out any of the people in the training data (${count(M)} tested) ${limit} (${count(N)} tested); at that rate of false accusations, the attack did no better than guessing.`;
  }
  const share = `${fraction(point.membersFlagged / M)} of the people in the training data (${count(point.membersFlagged)} of ${count(M)} tested)`;
  if (point.chance >= SIGNIFICANCE) {
    return `${attacker} flagged ${share} ${accusing}, which is not clearly better than guessing.`;
  }
  return `${attacker} can tell, for ${share}, that they were in it, ${accusing}.`;
}

/** 0.0115 → "1 in 87"; 0.35 → "35 in 100"; 1 → "all". */
function fraction(rate: number): string {
  if (rate >= 1) return 'all';
  if (rate >= 0.1) return `${Math.round(rate * 100)} in 100`;
  return `1 in ${count(Math.round(1 / rate))}`;
}

/** 0.001 → "1 in 1,000". */
function oneIn(rate: number): string {
  return `1 in ${count(Math.round(1 / rate))}`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
