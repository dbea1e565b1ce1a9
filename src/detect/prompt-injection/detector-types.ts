/**
 * The contract of the prompt-injection detector, shared by `aisec detect prompt-injection`,
 * the gateway's input guard and the red team's output scorer.
 *
 * A detector scores one text at a time and is built once (weights loaded once); scoring is
 * synchronous, bounded in time and memory, and never throws on any string input.
 */

/** Why a text scored as it did. Reasons never carry more than a short excerpt of the input. */
export type PromptInjectionReason =
  | {
      /** A high-precision rule matched. */
      readonly kind: 'rule';
      /** Stable rule id, e.g. `override-previous-instructions`. */
      readonly id: string;
      /** What the rule looks for, in plain words. */
      readonly title: string;
      /** The rule's own score in [0, 1]. */
      readonly score: number;
      /** The matched text, at most 120 characters. */
      readonly excerpt: string;
      /** Which view of the input matched. */
      readonly view: 'raw' | 'normalised' | 'decoded';
    }
  | {
      /** The learned model's score for the view that scored highest. */
      readonly kind: 'model';
      readonly score: number;
      readonly view: 'raw' | 'normalised' | 'decoded';
      /**
       * For inputs longer than one window, when the best window scored above the whole text: its
       * character range in the view, and its text (whitespace runs as one space), at most 200
       * characters.
       */
      readonly window?: { readonly start: number; readonly end: number; readonly excerpt: string };
      /** The features that pushed the score up most (readable n-grams), at most 8. */
      readonly topFeatures: readonly { readonly feature: string; readonly weight: number }[];
    }
  | {
      /** An encoded segment was decoded and scored. */
      readonly kind: 'decoded';
      readonly encoding: string;
      readonly depth: number;
      /** The start of the decoded text, at most 120 characters. */
      readonly excerpt: string;
    }
  | {
      /** Something done to the input before scoring (truncation, removed invisible characters...). */
      readonly kind: 'note';
      readonly message: string;
    };

/** The verdict on one text. */
export interface PromptInjectionVerdict {
  /** Probability-like score in [0, 1]; higher means more likely an injection or jailbreak. */
  readonly score: number;
  /** `score >= threshold`. */
  readonly injection: boolean;
  /** The threshold the verdict used. */
  readonly threshold: number;
  /** Reasons, most important first: matched rules, then the model, decoded segments, notes. */
  readonly reasons: readonly PromptInjectionReason[];
}

/** Options of {@link PromptInjectionDetector} construction. */
export interface PromptInjectionDetectorOptions {
  /** Verdict threshold in [0, 1]. Default: the threshold stored with the weights (tuned for FPR ≤ 0.03). */
  readonly threshold?: number;
  /** Input beyond this many UTF-8 bytes is not scored (a note says so). Default 1 MiB. */
  readonly maxInputBytes?: number;
}

/** A loaded detector. */
export interface PromptInjectionDetector {
  /** Id and version of the weights, e.g. `pi-hashed-ngram-lr@1`. */
  readonly modelId: string;
  readonly threshold: number;
  /** Score one text. Never throws for a string. */
  score(text: string): PromptInjectionVerdict;
  /** The same score as `score(text).score`, without building the reasons (for callers that only need the number). */
  scoreOnly(text: string): number;
}
