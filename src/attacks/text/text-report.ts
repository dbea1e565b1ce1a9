/** The result of a character-level attack on a text classifier, as plain JSON. */
import type { PerturbationKind } from './char-perturbations.js';

/** One changed word of an example. */
export interface WordChange {
  readonly word: string;
  /** The edited word with invisible and look-alike characters spelled out. */
  readonly replacement: string;
  readonly kind: PerturbationKind;
}

/** How much one adversarial text changed. */
export interface TextChangeSize {
  readonly wordsPerturbed: number;
  readonly charsChanged: number;
  readonly visibleEdits: number;
  readonly invisibleChars: number;
  readonly homoglyphs: number;
}

/** The attack on one text. */
export interface TextRowResult extends TextChangeSize {
  readonly index: number;
  readonly originalLabel: number;
  readonly success: boolean;
  readonly adversarialLabel?: number;
  readonly queries: number;
  readonly kinds: readonly PerturbationKind[];
}

/** A successful attack, shown to a reviewer. */
export interface TextExample extends TextChangeSize {
  readonly index: number;
  readonly originalLabel: number;
  readonly adversarialLabel: number;
  readonly original: string;
  readonly adversarial: string;
  /** The original with each change shown as `[word → edited]`. */
  readonly marked: string;
  readonly changes: readonly WordChange[];
}

/** What a character-level attack found. */
export interface TextAttackResult {
  readonly attack: 'char-level-text';
  readonly model: string;
  readonly mode: 'score' | 'decision';
  readonly kinds: readonly PerturbationKind[];
  readonly constraints: { readonly maxCharFraction: number; readonly maxWordsPerturbed: number; readonly maxVisibleEdits: number | null };
  readonly target: number | null;
  readonly seed: number;
  readonly texts: number;
  readonly attacked: number;
  readonly skipped: { readonly misclassified: number; readonly alreadyTarget: number; readonly overTextLimit: number; readonly noWords: number; readonly outOfQueries: number };
  readonly successes: number;
  readonly successRate: number;
  /** Successful texts that used each kind of edit. */
  readonly successesByKind: Readonly<Partial<Record<PerturbationKind, number>>>;
  /**
   * Invisible characters, reported apart because they are the most dangerous: the text a
   * reviewer sees is unchanged. `unseenSuccesses` counts successes with no visible edit at all.
   */
  readonly invisible: { readonly successesUsing: number; readonly unseenSuccesses: number; readonly chars: number };
  readonly queries: { readonly total: number; readonly initial: number; readonly perText: { readonly mean: number; readonly median: number; readonly max: number } | null };
  readonly complete: boolean;
  readonly examples: readonly TextExample[];
  readonly results: readonly TextRowResult[];
}
