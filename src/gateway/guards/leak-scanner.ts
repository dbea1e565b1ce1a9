/**
 * What the response guards `pii-leak` and `secrets-leak` share: an incremental scanner that
 * runs the detectors of `detect/` over each channel's held text plus a little context, and
 * holds back the trailing run of text that could still grow into a match.
 *
 * The run held back is the last token (no detector matches across a line break, and only a
 * few across spaces), extended backwards over short runs of spaces or tabs where a match can
 * continue: digit groups (`+44 20 7946 0958`, `4242 4242 …`), upper-case groups (IBANs,
 * `-----BEGIN RSA PRIVATE KEY-----`) and `name = value` after a key-like name. A match that
 * ends inside the run is not final (the next characters may change it) and is held with it;
 * a match that ends before the run is final and is a violation. When only secrets are looked
 * for, the run is narrowed to where a secret can start (a known prefix, or the value after a
 * key-like name).
 */
import { detectPii, type PiiKind } from '../../detect/index.js';
import { VIOLATION, type TextScanner } from './guard-types.js';

/** Characters kept before the held run, for the detectors' look-behinds and the e-mail scan. */
const CONTEXT = 96;
/** Most spaces or tabs a match can span (the generic-secret pattern allows 5). */
const MAX_GAP = 5;

const keyName = /(?:api[_-]?key|apikey|secret(?:[_-]?key)?|client[_-]?secret|access[_-]?(?:key|token)|auth[_-]?token|token|passw(?:or)?d|pwd)["']?[:=]?$/i;

function isGap(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && /\s/.test(c);
}

/** A token may be followed, across a gap, by more of the same match. */
function joinsForward(token: string): boolean {
  return /[0-9A-Z):=]$/.test(token) || keyName.test(token);
}

/** Token `a`, a gap, then token `b` can be parts of one match. */
function joins(a: string, b: string): boolean {
  if (/[0-9)]$/.test(a) && /^[0-9(+]/.test(b)) return true;
  if (/[A-Z0-9]$/.test(a) && /^[A-Z0-9-]/.test(b)) return true;
  return /[:=]$/.test(a) || keyName.test(a) || /^[:=]/.test(b);
}

function tokenStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && !isSpace(text[i - 1])) i--;
  return i;
}

/** Where the trailing run that might still grow into a match starts (text.length when none). */
export function heldRunStart(text: string): number {
  let end = text.length;
  let gap = end;
  while (gap > 0 && end - gap <= MAX_GAP && isGap(text[gap - 1])) gap--;
  let start: number;
  if (gap < end) {
    // Ends in spaces: hold them with the token before, if a match could continue after them.
    if (end - gap > MAX_GAP || gap === 0 || isSpace(text[gap - 1])) return end;
    start = tokenStart(text, gap);
    if (!joinsForward(text.slice(start, gap))) return end;
  } else {
    start = tokenStart(text, end);
    if (start === end) return end;
  }
  for (;;) {
    let g = start;
    while (g > 0 && start - g <= MAX_GAP && isGap(text[g - 1])) g--;
    if (g === start || start - g > MAX_GAP || g === 0 || isSpace(text[g - 1])) return start;
    const before = tokenStart(text, g);
    end = start;
    while (end < text.length && !isSpace(text[end])) end++;
    if (!joins(text.slice(before, g), text.slice(start, end))) return start;
    start = before;
  }
}

/**
 * How each kind of secret starts (case as the detectors match it). When only secrets are looked
 * for, the held run is narrowed to where one of these starts at a token boundary, or to a tail
 * that could still become one, so ordinary words are not held. A `name = value` secret is held
 * from its value: the name is harmless, and stays in the context the detectors see.
 */
const secretStarts: Readonly<Partial<Record<PiiKind, readonly string[]>>> = {
  'aws-access-key': ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
  'github-token': ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  'slack-token': ['xox', 'https://hooks.slack.com/'],
  'stripe-key': ['sk_', 'rk_'],
  'openai-key': ['sk-'],
  'google-api-key': ['AIza'],
  'private-key': ['-----BEGIN '],
  jwt: ['eyJ'],
  'generic-secret': [],
};

const namedValue = /(?:api[_-]?key|apikey|secret(?:[_-]?key)?|client[_-]?secret|access[_-]?(?:key|token)|auth[_-]?token|token|passw(?:or)?d|pwd)["']?[ \t]{0,5}[:=][ \t]{0,5}["']?/gi;

/** The first index from `from` where a secret may start or has started (text.length when none). */
function secretStart(text: string, from: number, starts: readonly string[], named: boolean): number {
  let best = text.length;
  if (named) {
    namedValue.lastIndex = from;
    const m = namedValue.exec(text);
    if (m !== null) best = m.index + m[0].length;
  }
  for (let p = from; p < best; p++) {
    if (p > 0 && /[A-Za-z0-9_]/.test(text[p - 1]!)) continue;
    for (const s of starts) {
      const n = Math.min(s.length, text.length - p);
      if (text.startsWith(s.slice(0, n), p)) return p;
    }
  }
  return best;
}

interface ChannelState {
  /** The channel's text from `base` on: context, then the held run. */
  text: string;
  base: number;
  /** Channel offset up to which the text has been decided (released as far as this guard goes). */
  decided: number;
}

/** What a scanner for `kinds` needs, worked out once per guard. */
interface LeakPlan {
  readonly kinds: readonly PiiKind[];
  /** Where secrets start, when only secrets are looked for. */
  readonly starts: readonly string[] | undefined;
  readonly named: boolean;
}

/** A scanner for one answer (a class: nothing is worked out or made per answer but its channel map). */
class LeakScanner implements TextScanner {
  private readonly channels = new Map<string, ChannelState>();

  constructor(private readonly plan: LeakPlan) {}

  push(channel: string, text: string): number {
    const s = this.state(channel);
    s.text += text;
    return this.scan(s, false);
  }

  finish(channel: string): boolean {
    const s = this.channels.get(channel);
    return s !== undefined && this.scan(s, true) === VIOLATION;
  }

  whole(channel: string, text: string): boolean {
    const s = this.state(channel);
    s.text += text;
    return this.scan(s, true) === VIOLATION;
  }

  private state(channel: string): ChannelState {
    let s = this.channels.get(channel);
    if (s === undefined) {
      s = { text: '', base: 0, decided: 0 };
      this.channels.set(channel, s);
    }
    return s;
  }

  /** Matches that end after what was decided; returns VIOLATION or the hold offset. */
  private scan(s: ChannelState, final: boolean): number {
    const { kinds, starts, named } = this.plan;
    let run = final ? s.text.length : heldRunStart(s.text);
    if (starts !== undefined && run < s.text.length) run = secretStart(s.text, run, starts, named);
    let hold = run;
    for (const m of detectPii(s.text, { kinds, maxChars: s.text.length })) {
      if (s.base + m.end <= s.decided) continue;
      if (m.end <= run) return VIOLATION;
      if (m.start < hold) hold = m.start;
    }
    s.decided = s.base + hold;
    const keep = Math.max(0, hold - CONTEXT);
    if (keep > 0) {
      s.text = s.text.slice(keep);
      s.base += keep;
    }
    return s.decided;
  }
}

/** A maker of scanners finding `kinds`, one per answer (what depends only on the kinds is worked out here, once). */
export function leakScanners(kinds: readonly PiiKind[]): () => TextScanner {
  const plan: LeakPlan = {
    kinds,
    starts: kinds.every((k) => secretStarts[k] !== undefined) ? kinds.flatMap((k) => secretStarts[k]!) : undefined,
    named: kinds.includes('generic-secret'),
  };
  return () => new LeakScanner(plan);
}

/** A scanner for one answer, finding `kinds`. */
export function leakScanner(kinds: readonly PiiKind[]): TextScanner {
  return leakScanners(kinds)();
}
