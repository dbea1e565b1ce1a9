import type { PiiCandidate, PiiCategory, PiiDetector, PiiKind } from './types.js';

/** What {@link regexDetector} needs. Patterns must be global and free of nested quantifiers (linear time). */
export interface RegexDetectorDef {
  readonly id: PiiKind;
  readonly category: PiiCategory;
  readonly summary: string;
  readonly pattern: RegExp;
  mayContain(text: string): boolean;
  /** Accept or refuse a regex match (checksums, ranges, context). Default: accept. */
  validate?(match: RegExpExecArray, text: string): boolean;
  /** The part of the match that is the value, when the pattern also matches context. Default: group 0. */
  readonly group?: number;
  redact(value: string): string;
}

/** A detector from a regular expression plus a validator. */
export function regexDetector(def: RegexDetectorDef): PiiDetector {
  if (!def.pattern.global) throw new Error(`Detector ${def.id}: the pattern must be global.`);
  return {
    id: def.id,
    category: def.category,
    summary: def.summary,
    mayContain: def.mayContain,
    redact: def.redact,
    *find(text: string): Iterable<PiiCandidate> {
      for (const match of text.matchAll(def.pattern)) {
        if (def.validate && !def.validate(match, text)) continue;
        const group = def.group ?? 0;
        const value = match[group];
        if (value === undefined) continue;
        const start = match.index + (group === 0 ? 0 : match[0].indexOf(value));
        yield { start, end: start + value.length };
      }
    },
  };
}
