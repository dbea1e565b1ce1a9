/** What a thief reports: JSON-serialisable, with the curve of the stolen model against queries. */
import type { Classifier } from '../../ml/models/classifier.js';
import type { CurvePoint } from './stolen-model.js';
import type { ThiefUse } from './thief-settings.js';

/** The thieves. */
export type ExtractionAttack = 'copycat' | 'jacobian-augmentation';

/** One thief's run against one victim. */
export interface ExtractionResult {
  readonly attack: ExtractionAttack;
  /** The victim's name (a hardened victim's name ends with its setting in brackets). */
  readonly victim: string;
  /** The learner the stolen model was trained with. */
  readonly surrogate: string;
  /** What the thief was asked to learn from. */
  readonly use: ThiefUse;
  /** What it did learn from: labels when the victim gave no scores. */
  readonly learnedFrom: ThiefUse;
  readonly budget: number;
  /** Queries sent: never more than the budget. */
  readonly queriesUsed: number;
  /** The stolen model measured at each checkpoint, in increasing queries. */
  readonly curve: readonly CurvePoint[];
  /** The last point of the curve. */
  readonly final: CurvePoint;
  /** Conditions worth reading beside the figures (a pool that ran out, a fallback to labels). */
  readonly notes: readonly string[];
}

/** A result and the stolen model itself (not serialisable). */
export interface ExtractionRun {
  readonly result: ExtractionResult;
  readonly model: Classifier;
}

/** What a thief fills in of its result: everything but `final`, which is the last curve point. */
export type ExtractionReport = Omit<ExtractionResult, 'final'>;

/** A thief's run from its report (a curve of at least one point) and the stolen model. */
export function extractionRun(report: ExtractionReport, model: Classifier): ExtractionRun {
  const { attack, victim, surrogate, use, learnedFrom, budget, queriesUsed, curve, notes } = report;
  return {
    result: { attack, victim, surrogate, use, learnedFrom, budget, queriesUsed, curve, final: curve.at(-1)!, notes },
    model,
  };
}
