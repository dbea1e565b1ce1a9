/**
 * The texts a prompt-injection classifier scores for one input: the raw text, its normalised
 * form when normalisation changed something, and every decoded segment (normalised too), so
 * that an attack is scored both raw and decoded. Input is bounded (truncated beyond a byte
 * limit) and invalid UTF-8 or lone surrogates become U+FFFD, counted.
 */
import { AisecError } from '../../core/errors.js';
import { zalgoReading } from './combining-marks.js';
import { DEFAULT_DECODE_LIMITS, type DecodeLimits, type DecodeResult, type SegmentEncoding, decodeRot13Segments, decodeSegments } from './decode-segments.js';
import { rot13Lines } from './rot13-search.js';
import { type NormaliseChanges, type NormalisedText, anyChange, keepsNfkcForm, mayChangeBeyondWhitespace, normaliseForDetection, stringOfUnits, normaliseToUnits } from './normalise.js';

/** Limits of {@link prepareForScoring}. */
export interface PrepareLimits {
  /** Input beyond this many UTF-8 bytes is cut off (at a character boundary). Default 1 MiB. */
  readonly maxInputBytes?: number;
  /** Limits of the segment decoder. */
  readonly decode?: DecodeLimits;
}

/** One text to score. */
export interface ScoringView {
  readonly kind: 'raw' | 'normalised' | 'decoded';
  readonly text: string;
  /** How a decoded view was encoded (the innermost encoding for a nested one). */
  readonly encoding?: SegmentEncoding;
  /** Nesting depth of a decoded view (1 = found in the input). */
  readonly depth?: number;
  /** Where a decoded view's outermost segment lies in the (possibly truncated) input, in UTF-8 bytes. Absent for a segment only visible after normalisation. */
  readonly offset?: { readonly byteStart: number; readonly byteEnd: number };
}

/** The views to score and what was done to get them. */
export interface PreparedText {
  readonly views: readonly ScoringView[];
  /** Human-readable notes: truncation, replaced bytes, removed characters, decoder limits. */
  readonly notes: readonly string[];
  /** What normalisation of the raw text changed. */
  readonly changes: NormaliseChanges;
  /** Bytes of input dropped by the size limit (0 when none). */
  readonly truncatedBytes: number;
  /** Invalid UTF-8 sequences or lone surrogates replaced by U+FFFD. */
  readonly replacementChars: number;
}

export const DEFAULT_MAX_INPUT_BYTES = 1 << 20;

/** Views whose text normalisation left in NFKC form (see keepsNfkcForm). */
const nfkcViews = new WeakSet<ScoringView>();

/**
 * Whether `view` (of {@link prepareForScoring}) is known to be in NFKC form already, so a reader
 * that normalises it again (the rules) need not: the normalised and decoded views when
 * normalisation removed and folded nothing, and the raw view when it is the normalised text.
 */
export function isInNfkcForm(view: ScoringView): boolean {
  return nfkcViews.has(view);
}

/** Views the model does not score (see {@link isSurfaceOnly}). */
const surfaceViews = new WeakSet<ScoringView>();

/**
 * Encodings whose surface the model cannot judge: the only Morse code in its training data is in
 * attacks, so it reads dots and dashes as an attack whatever they spell, and it has seen no
 * uuencoded, base85 or Pig Latin text at all (the capitals and symbols of the first two made it
 * flag 40 % of ordinary messages uuencoded; Pig Latin's made-up words, 14 % of ordinary messages).
 * A text written wholly in one is judged by what it decodes to.
 */
const SURFACE_ONLY_ENCODINGS: ReadonlySet<SegmentEncoding> = new Set<SegmentEncoding>(['morse', 'uu', 'base85', 'pig-latin']);

/**
 * Whether `view` (of {@link prepareForScoring}) is the surface of a text written wholly in Morse
 * code, uuencode, base85 or Pig Latin ({@link SURFACE_ONLY_ENCODINGS}), which the model should not score.
 * Such a text is judged by its decoded view and by the rules.
 */
export function isSurfaceOnly(view: ScoringView): boolean {
  return surfaceViews.has(view);
}

/** `view`, noted as in NFKC form when `changes` keep the form. */
function noted(view: ScoringView, changes: NormaliseChanges): ScoringView {
  if (keepsNfkcForm(changes)) nfkcViews.add(view);
  return view;
}

/** `String.prototype.isWellFormed` (ES2024, in Node 20), which the ES2023 library types lack. */
type WellFormedString = string & { isWellFormed(): boolean };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Length of the longest prefix of `bytes` of at most `max` bytes that ends on a character boundary. */
function boundary(bytes: Uint8Array, max: number): number {
  let end = Math.min(max, bytes.length);
  // Step back over continuation bytes so a multi-byte character is not split.
  while (end > 0 && end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return end;
}

function countReplacementChars(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function toText(input: string | Uint8Array, maxBytes: number): { text: string; truncatedBytes: number; replacementChars: number } {
  if (typeof input === 'string') {
    let replacementChars = 0;
    // Most text holds no lone surrogate: one native check instead of a regex scan.
    let text = (input as WellFormedString).isWellFormed()
      ? input
      : input.replace(LONE_SURROGATE, () => {
          replacementChars++;
          return '\uFFFD';
        });
    // A UTF-16 unit is at most 3 UTF-8 bytes: a short text needs no count.
    const size = text.length * 3 <= maxBytes ? 0 : Buffer.byteLength(text);
    if (size <= maxBytes) return { text, truncatedBytes: 0, replacementChars };
    const bytes = Buffer.from(text);
    const end = boundary(bytes, maxBytes);
    text = bytes.subarray(0, end).toString('utf8');
    return { text, truncatedBytes: size - end, replacementChars };
  }
  const end = boundary(input, maxBytes);
  const bytes = input.subarray(0, end);
  const text = lenientUtf8.decode(bytes);
  let literal = 0; // U+FFFD already present as valid UTF-8 (EF BF BD) is not a replacement
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) literal++;
  }
  return { text, truncatedBytes: input.length - end, replacementChars: countReplacementChars(text) - literal };
}

type AddDecoded = (sourceText: string, withOffsets: boolean, onlyRot13?: boolean, limits?: DecodeLimits) => DecodeResult;

/**
 * The second decoding pass, over what normalisation changed in `raw` (whose own segments are
 * already decoded, within the limits). No candidate spans a line break (base64, hex and URL
 * tokens end at whitespace, ROT13 runs and leetspeak spans at a line's end), and each line is
 * normalised on its own, so only lines normalisation changed can hold a new segment. A line of
 * ASCII changes only in its whitespace, which only ROT13 runs depend on: the raw lines that hold
 * three rotated common words (no other can hold a run that passes; collapsing whitespace neither
 * joins nor adds lines, nor changes a word) are normalised and searched for ROT13 alone. A line
 * with another character is normalised and decoded again in full: those lines, each normalised
 * on its own, are joined by line breaks and decoded in one call, which finds the segments
 * decoding them one by one finds, in the same order (no candidate spans a line break, and the
 * segment and output limits are shared the same way: decoding stops at the first segment over
 * a limit). Of those lines, one that normalisation changes only in its whitespace (no NFKC
 * change, no invisible, look-alike or non-ASCII space character) is left out: its tokens are the
 * raw line's, whose segments the first pass decoded.
 */
function decodeChangedLines(raw: string, limits: DecodeLimits | undefined, addDecoded: AddDecoded): void {
  const segments = limits?.maxSegments ?? DEFAULT_DECODE_LIMITS.maxSegments;
  const output = limits?.maxOutputChars ?? DEFAULT_DECODE_LIMITS.maxOutputChars;
  let budget: DecodeLimits = { ...limits, maxSegments: segments, maxOutputChars: output };
  // The raw text's words are the normalised ASCII lines' words (the others are decoded below). Those
  // lines, each normalised on its own and joined by line breaks, are the normalised text's lines.
  const rotated = rot13Lines(raw);
  if (rotated.length > 0) {
    const parts: string[] = [];
    for (let k = 0; k < rotated.length; k += 2) parts.push(raw.slice(rotated[k]!, rotated[k + 1]!));
    const result = addDecoded(normaliseForDetection(parts.join('\n')).text, false, true, budget);
    if (result.truncated) return;
    let spent = 0;
    for (const s of result.segments) spent += s.text.length;
    budget = { ...limits, maxSegments: Math.max(0, segments - result.segments.length), maxOutputChars: Math.max(0, output - spent) };
  }
  const lines: string[] = [];
  for (let at = firstNonAscii(raw, 0); at !== -1; ) {
    const start = raw.lastIndexOf('\n', at) + 1;
    const newline = raw.indexOf('\n', at);
    const end = newline === -1 ? raw.length : newline;
    const line = raw.slice(start, end);
    // A line normalisation changes only in its whitespace holds the segments already decoded.
    if (mayChangeBeyondWhitespace(line)) lines.push(line);
    at = newline === -1 ? -1 : firstNonAscii(raw, end);
  }
  // Normalised together: nothing normalisation does crosses a line break (NFKC composes nothing
  // with one, words and look-alike folding stop at it, and the whitespace around each break
  // collapses to it), so the lines come out as each line normalised on its own, joined by line
  // breaks, but for empty lines, which hold no candidate.
  if (lines.length > 0) addDecoded(normaliseForDetection(lines.length === 1 ? lines[0]! : lines.join('\n')).text, false, false, budget);
}

const NON_ASCII = /[\u0080-\uffff]/g;

/** Index of the first character outside ASCII in `text` from `from`, or −1 (a native scan; test() allocates no match array). */
function firstNonAscii(text: string, from: number): number {
  NON_ASCII.lastIndex = from;
  const at = NON_ASCII.test(text) ? NON_ASCII.lastIndex - 1 : -1;
  NON_ASCII.lastIndex = 0;
  return at;
}

/**
 * Encodings whose runs inside other text are read in place: the normalised view becomes the text
 * with each such run (found in the input, depth 1) replaced by what it spells. People spell names,
 * codes and addresses in the NATO alphabet among other words ("my e-mail is Sierra Mike India
 * Tango Hotel at…"), and ask what a line of Morse code says; the model has seen the NATO alphabet
 * nowhere and Morse only in attacks, and flagged every such Morse question of the benchmark's
 * part (d) by its surface. The cost: an attack that asks to be answered in Morse (a cipher
 * jailbreak) is judged by the question it spells, which can fall under the threshold when other
 * text surrounds it.
 */
const READ_IN_PLACE: ReadonlySet<SegmentEncoding> = new Set<SegmentEncoding>(['nato', 'morse']);

/** UTF-16 indices in `text` of ascending UTF-8 byte offsets, in one pass. */
function unitIndices(text: string, bytes: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let at = 0;
  for (const target of bytes) {
    while (at < target && i < text.length) {
      const c = text.codePointAt(i)!;
      at += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      i += c >= 0x10000 ? 2 : 1;
    }
    out.push(i);
  }
  return out;
}

/**
 * When Morse code or NATO-alphabet runs stand inside other text ({@link READ_IN_PLACE}), make the
 * normalised view the text with each run replaced by its decoded view's text (the raw view stays
 * as it was), and say so in `notes`.
 */
function readInPlace(text: string, views: ScoringView[], notes: string[]): void {
  const runs = views
    .filter((v) => v.kind === 'decoded' && v.depth === 1 && v.offset !== undefined && v.encoding !== undefined && READ_IN_PLACE.has(v.encoding))
    .sort((a, b) => a.offset!.byteStart - b.offset!.byteStart);
  if (runs.length === 0) return;
  const indices = unitIndices(text, runs.flatMap((v) => [v.offset!.byteStart, v.offset!.byteEnd]));
  let out = '';
  let from = 0;
  let read = 0;
  runs.forEach((v, k) => {
    const start = indices[2 * k]!;
    // Overlapping runs: the first is read.
    if (start < from) return;
    out += `${text.slice(from, start)}${v.text}`;
    from = indices[2 * k + 1]!;
    read++;
  });
  out += text.slice(from);
  const { text: inPlace, changes } = normaliseForDetection(out);
  const at = views.findIndex((v) => v.kind === 'normalised');
  const view = noted({ kind: 'normalised', text: inPlace }, changes);
  if (at === -1) views.splice(1, 0, view);
  else views[at] = view;
  const kinds = [...new Set(runs.map((v) => (v.encoding === 'morse' ? 'Morse code' : 'NATO-alphabet')))].join(' and ');
  notes.push(`${read} ${kinds} run${read === 1 ? '' : 's'} inside the text read in place: the model scores the text with ${read === 1 ? 'it' : 'them'} spelled out`);
}

/** The UTF-16 units of each view whose string is made when read, and the call of {@link prepareForDetector} that made it. */
const unitsOfView = new WeakMap<ScoringView, { readonly units: Uint16Array; readonly call: number }>();
/** Calls of {@link prepareForDetector} so far: a lazy view's units are valid during its own call only. */
let lazyCalls = 0;

/** A normalised view over `units` (normaliseToUnits's, valid until its next call), its string made when first read. */
function lazyView(units: Uint16Array): ScoringView {
  const call = ++lazyCalls;
  let made: string | undefined;
  const view: ScoringView = {
    kind: 'normalised',
    get text(): string {
      if (made === undefined) {
        if (call !== lazyCalls) {
          throw new AisecError('ERR_INTERNAL', 'prepareForDetector: a normalised view was read after the next input was prepared; read it before preparing another', {
            details: { place: 'prepareForDetector' },
          });
        }
        made = stringOfUnits(units);
      }
      return made;
    },
  };
  unitsOfView.set(view, { units, call });
  return view;
}

/**
 * The UTF-16 units of `view` when it is the normalised view of the latest {@link prepareForDetector}
 * call (the model and the rules read them rather than make its string); else undefined.
 * @internal
 */
export function viewUnits(view: ScoringView): Uint16Array | undefined {
  const held = unitsOfView.get(view);
  return held !== undefined && held.call === lazyCalls ? held.units : undefined;
}

/**
 * Prepare `input` (text, or bytes read as UTF-8) for scoring: the raw view, the normalised view
 * when it differs, and one decoded view per distinct decoded segment.
 */
export function prepareForScoring(input: string | Uint8Array, limits: PrepareLimits = {}): PreparedText {
  return prepare(input, limits, false);
}

/**
 * {@link prepareForScoring} for the detector, which reads the normalised view's UTF-16 units
 * ({@link viewUnits}) rather than its text: that view makes its string only when its `text` is
 * read, and only until the next call of this function (after which reading it throws). The
 * views are the same, with the same texts.
 * @internal
 */
export function prepareForDetector(input: string | Uint8Array, limits: PrepareLimits = {}): PreparedText {
  return prepare(input, limits, true);
}

function prepare(input: string | Uint8Array, limits: PrepareLimits, lazy: boolean): PreparedText {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new AisecError('ERR_CONFIG_INVALID', `prepareForScoring: input must be a string or bytes, got ${input === null ? 'null' : typeof input}`, {
      details: { place: 'prepareForScoring.input' },
    });
  }
  const maxBytes = limits.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes < 1) {
    throw new AisecError('ERR_CONFIG_INVALID', `prepareForScoring: maxInputBytes must be a positive integer, got ${String(maxBytes)}`, {
      details: { place: 'prepareForScoring.maxInputBytes' },
    });
  }

  const notes: string[] = [];
  const { text, truncatedBytes, replacementChars } = toText(input, maxBytes);
  if (truncatedBytes > 0) notes.push(`input cut to ${Buffer.byteLength(text)} bytes; ${truncatedBytes} bytes beyond the ${maxBytes}-byte limit were not scored`);
  if (replacementChars > 0) notes.push(`${replacementChars} invalid UTF-8 sequences or lone surrogates replaced by U+FFFD`);

  // The normalised view, when normalisation changed the text: a plain view, or for the detector
  // one whose string is made only when read.
  let normalised: NormalisedText;
  let normalisedView: ScoringView | undefined;
  if (lazy) {
    const { units, changes: unitChanges } = normaliseToUnits(text);
    normalisedView = units === undefined ? undefined : lazyView(units);
    const view = normalisedView;
    normalised = { changes: unitChanges, get text() { return view === undefined ? text : view.text; } };
  } else {
    normalised = normaliseForDetection(text);
    if (normalised.text !== text) normalisedView = { kind: 'normalised', text: normalised.text };
  }
  const { changes } = normalised;
  const views: ScoringView[] = [normalisedView === undefined ? noted({ kind: 'raw', text }, changes) : { kind: 'raw', text }];
  if (normalisedView !== undefined) views.push(noted(normalisedView, changes));
  if (changes.bidiRemoved > 0) notes.push(`${changes.bidiRemoved} bidirectional control characters removed`);
  if (changes.invisibleRemoved > 0) notes.push(`${changes.invisibleRemoved} invisible characters removed`);
  if (changes.marksRemoved > 0) notes.push(`${changes.marksRemoved} combining marks removed from letters`);
  if (changes.confusablesFolded > 0) notes.push(`${changes.confusablesFolded} look-alike letters folded to Latin`);
  if (changes.nfkcChanged) notes.push('compatibility characters normalised (NFKC)');

  // Texts already viewed; the normalised text is compared only with a decoded text of its length.
  const seen = new Set<string>([text]);
  const normalisedLength = normalisedView === undefined ? -1 : (viewUnits(normalisedView)?.length ?? normalisedView.text.length);
  const isSeen = (decoded: string): boolean => seen.has(decoded) || (decoded.length === normalisedLength && decoded === normalisedView!.text);
  let decodeTruncated = false;
  const addDecoded = (sourceText: string, withOffsets: boolean, onlyRot13 = false, decodeLimits = limits.decode): DecodeResult => {
    const result = onlyRot13 ? decodeRot13Segments(sourceText, decodeLimits) : decodeSegments(sourceText, decodeLimits);
    decodeTruncated ||= result.truncated;
    for (const s of result.segments) {
      const { text: decoded, changes: decodedChanges } = normaliseForDetection(s.text);
      if (isSeen(decoded)) continue;
      seen.add(decoded);
      const view: ScoringView = {
        kind: 'decoded',
        text: decoded,
        encoding: s.encoding,
        depth: s.depth,
        ...(withOffsets ? { offset: { byteStart: s.byteStart, byteEnd: s.byteEnd } } : {}),
      };
      views.push(noted(view, decodedChanges));
    }
    return result;
  };
  addDecoded(text, true);
  // A text wholly in Morse code, uuencode, base85 or Pig Latin: the raw and normalised views are its surface
  // only. (Byte offsets against the count of leading whitespace: equal for ASCII whitespace, and a
  // text led by other whitespace is simply not taken as wholly encoded.)
  const lead = text.length - text.trimStart().length;
  const whole = views.find(
    (v) => v.depth === 1 && v.encoding !== undefined && SURFACE_ONLY_ENCODINGS.has(v.encoding) && v.offset !== undefined && v.offset.byteStart <= lead && v.offset.byteEnd >= Buffer.byteLength(text.trimEnd()),
  );
  if (whole !== undefined) {
    for (const v of views) if (v.kind !== 'decoded') surfaceViews.add(v);
  } else readInPlace(text, views, notes);
  // Zalgo text: also read with every accent taken off (the marks NFKC composed into letters too).
  const zalgo = zalgoReading(normalised);
  if (zalgo !== undefined) {
    const { text: bare, changes: bareChanges } = normaliseForDetection(zalgo);
    if (!isSeen(bare)) {
      seen.add(bare);
      views.push(noted({ kind: 'decoded', text: bare, encoding: 'zalgo', depth: 1 }, bareChanges));
      notes.push('the text was also scored with every accent taken off (Zalgo text: letters under stacks of combining marks)');
    }
  }
  for (const v of views) {
    if (v.encoding === 'tags') notes.push(`${v.text.length} characters of invisible text in Unicode tag characters read and scored`);
    else if (v.encoding === 'selectors') notes.push(`${v.text.length} characters of invisible text in variation selectors read and scored`);
    else if (v.encoding === 'bits') notes.push(`${v.text.length} characters of invisible text in binary (invisible times and plus) read and scored`);
  }
  const before = views.length;
  if (anyChange(changes) && normalisedView !== undefined) {
    if (decodeTruncated) addDecoded(normalised.text, false);
    else decodeChangedLines(text, limits.decode, addDecoded);
  }
  if (views.length > before) notes.push(`${views.length - before} encoded segments found only after normalisation`);
  if (decodeTruncated) notes.push('decoding stopped at a limit (output size or segment count); some segments were not decoded');

  return { views, notes, changes, truncatedBytes, replacementChars };
}
