/** What the personal-data and secret detectors find. */

/** Kinds of personal data and secrets the detectors know. */
export const piiKinds = [
  'email',
  'phone',
  'payment-card',
  'iban',
  'us-ssn',
  'aws-access-key',
  'github-token',
  'slack-token',
  'stripe-key',
  'openai-key',
  'google-api-key',
  'private-key',
  'jwt',
  'generic-secret',
] as const;

/** One kind of personal data or secret. */
export type PiiKind = (typeof piiKinds)[number];

/** `personal`: data about a person; `secret`: a credential that grants access. */
export type PiiCategory = 'personal' | 'secret';

/** A span of text a detector proposes, before validation. */
export interface PiiCandidate {
  readonly start: number;
  readonly end: number;
}

/** A detector: finds candidates in text, validates them, and masks a value leaving a hint. */
export interface PiiDetector {
  readonly id: PiiKind;
  readonly category: PiiCategory;
  /** One line: what it finds and how it avoids false alarms. */
  readonly summary: string;
  /** Cheap test on the whole text; false means no match is possible (skips the search). */
  mayContain(text: string): boolean;
  /** Validated matches in `text`, in order. */
  find(text: string): Iterable<PiiCandidate>;
  /** The value with most of it masked, keeping a hint (e.g. `j***@example.com`, `**** 4242`). */
  redact(value: string): string;
}

/** A validated finding in a text. Carries no secret: only its position and a masked form. */
export interface PiiMatch {
  readonly kind: PiiKind;
  readonly category: PiiCategory;
  /** UTF-16 offsets of the match in the text. */
  readonly start: number;
  readonly end: number;
  /** The matched value masked by its detector. */
  readonly redacted: string;
}
