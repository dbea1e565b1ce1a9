/**
 * `canary` (response): strings planted in a system prompt that must never appear in an answer.
 * Text is folded before matching — compatibility forms (NFKC), Cyrillic and Greek look-alikes
 * to Latin, and everything but letters and digits dropped — so a canary is found in any case,
 * spaced out, split by punctuation or zero-width characters. With `base64`, the canary's base64
 * encoding (at each of the three byte alignments, either alphabet) is found too.
 *
 * On a stream it holds back only the folded tail that is a prefix of some canary.
 */
import { confusableToLatin } from '../../detect/index.js';
import type { CanaryGuardConfig } from '../config/sections/guards.js';
import { charsWithin, throughput } from './budget.js';
import { VIOLATION, type ResponseGuard, type TextScanner } from './guard-types.js';

/** Letters and digits of `ch` after folding ('' for anything else). */
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ? ch : '';
  const latin = confusableToLatin.get(ch);
  if (latin !== undefined) return latin;
  return ch.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

/** `text` folded (letters and digits only, look-alikes mapped, case kept). */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** Lower-case one folded character, keeping its length (so offsets stay aligned). */
function lower(ch: string): string {
  const l = ch.toLowerCase();
  return l.length === ch.length ? l : ch;
}

/** The base64 text fully determined by `value`'s bytes, at byte alignment 0, 1 and 2, folded. */
export function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms: string[] = [];
  for (let k = 0; k < 3; k++) {
    const encoded = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
    const inner = encoded.slice(Math.ceil((8 * k) / 6), Math.floor((8 * (k + bytes.length)) / 6));
    const folded = foldText(inner);
    if (folded.length >= 8) forms.push(folded);
  }
  return forms;
}

/** The first index of `view` whose tail is a proper prefix of `pattern` (view.length when none). */
export function prefixStart(view: string, pattern: string): number {
  const first = pattern.charCodeAt(0);
  for (let i = Math.max(0, view.length - pattern.length + 1); i < view.length; i++) {
    if (view.charCodeAt(i) !== first) continue;
    let k = 1;
    while (i + k < view.length && view.charCodeAt(i + k) === pattern.charCodeAt(k)) k++;
    if (i + k === view.length) return i;
  }
  return view.length;
}

interface Pattern {
  readonly text: string;
  /** Compared with the lower-cased folded text (plain canaries) or the folded text as is (base64). */
  readonly caseless: boolean;
}

interface ChannelState {
  /** The folded tail of the channel, case kept and lower-cased. */
  folded: string;
  lowered: string;
  /** The channel offset of each folded character. */
  offsets: number[];
  length: number;
}

/** A scanner for one answer, finding `patterns`. */
function canaryScanner(patterns: readonly Pattern[]): TextScanner {
  const longest = Math.max(...patterns.map((p) => p.text.length));
  const channels = new Map<string, ChannelState>();
  return {
    push(channel, text) {
      let s = channels.get(channel);
      if (s === undefined) {
        s = { folded: '', lowered: '', offsets: [], length: 0 };
        channels.set(channel, s);
      }
      const before = s.folded.length;
      let at = s.length;
      for (const ch of text) {
        const f = foldChar(ch);
        for (const c of f) {
          s.folded += c;
          s.lowered += lower(c);
          s.offsets.push(at);
        }
        at += ch.length;
      }
      s.length = at;
      let hold = s.length;
      for (const p of patterns) {
        const view = p.caseless ? s.lowered : s.folded;
        if (view.indexOf(p.text, Math.max(0, before - p.text.length + 1)) >= 0) return VIOLATION;
        const start = prefixStart(view, p.text);
        if (start < view.length && s.offsets[start]! < hold) hold = s.offsets[start]!;
      }
      const drop = s.folded.length - (longest - 1);
      if (drop > 0) {
        s.folded = s.folded.slice(drop);
        s.lowered = s.lowered.slice(drop);
        s.offsets.splice(0, drop);
      }
      return hold;
    },
    finish: () => false,
  };
}

/** Make the canary guard. */
export function canaryGuard(config: CanaryGuardConfig): ResponseGuard {
  const patterns: Pattern[] = [];
  for (const canary of config.canaries) {
    patterns.push({ text: [...foldText(canary)].map(lower).join(''), caseless: true });
    if (config.base64) for (const form of base64Forms(canary)) patterns.push({ text: form, caseless: false });
  }
  const rate = throughput(`canary-${patterns.length}`, (text) => {
    const scanner = canaryScanner(patterns);
    for (let i = 0; i < text.length; i += 64) scanner.push('0', text.slice(i, i + 64));
  });
  return {
    id: 'canary',
    action: config.action,
    onError: config.onError,
    budgetMs: config.budgetMs,
    maxChars: charsWithin(config.budgetMs, rate, config.maxScanChars),
    open: () => canaryScanner(patterns),
  };
}
