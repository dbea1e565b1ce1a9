/**
 * Hashed text features of the learned prompt-injection model: character n-grams of a
 * canonical form of the text (lower case, digits folded to 0, whitespace runs as one space)
 * and word unigrams and bigrams (Unicode-aware: a word is a run of letters, marks and digits;
 * Han, kana, Thai, Lao, Khmer and Myanmar characters are words of their own, since those
 * scripts do not separate words by spaces). Every n-gram is hashed (FNV-1a over UTF-16 code
 * units, finished by a murmur3 mix) into one of 2^bits buckets of its family, rolling over the
 * text with no string made per n-gram.
 *
 * With `concepts` on, each match of the multilingual concept lexicon (concept-lexicon.ts) adds
 * a language-neutral concept token, and each pair of consecutive concepts a concept bigram, to
 * the word family.
 *
 * With `blobs` on, a run of encoded data (base64, hex, percent-escapes: see {@link findBlobs})
 * is one word-family token, ⟨blob⟩, with no character n-grams and no words of its own: hashed,
 * a random blob's many made-up n-grams and "words" land in buckets that training gave weight for
 * other text, and their sum grows with the blob's length, so that a pasted image read as an
 * attack. The decoded views still score what a blob decodes to.
 *
 * The features of a text are the sublinear counts (1 + ln count) of its buckets, L2-normalised
 * per family and scaled by the family's weight, so that a family's share of the score does not
 * depend on the text's length or script.
 */
import { conceptLexicon } from './concept-lexicon.js';
import { findBlobs } from './blob-runs.js';
import { SOLO, tables, WORD } from './feature-chars.js';
import { buildConceptTrie, childOf, type ConceptTrie } from './concept-trie.js';
import { UnitBuffer } from './unit-buffer.js';

/** Which n-grams are hashed and how the families are weighted. */
export interface HashedFeatureConfig {
  /** log2 of the character n-gram buckets. */
  readonly charBits: number;
  /** Shortest and longest character n-gram. */
  readonly charMinN: number;
  readonly charMaxN: number;
  /** log2 of the word n-gram buckets. */
  readonly wordBits: number;
  /** Also hash pairs of consecutive words. */
  readonly wordBigrams: boolean;
  /** Add concept tokens from the multilingual concept lexicon (a family of their own). */
  readonly concepts: boolean;
  /** Scale of the (unit-norm) character part and word part of the feature vector. */
  readonly charWeight: number;
  readonly wordWeight: number;
  /**
   * Scale of the concept part. Concepts are normalised by the word part's norm (not their own),
   * so they weigh by their density in the text: one trigger word in a long document counts little.
   */
  readonly conceptWeight: number;
  /**
   * Floors of each family's squared norm: a family is divided by √max(Σg², floor), so a short
   * text's few n-grams are not each as loud as a long text's many (0: plain L2 normalisation).
   */
  readonly charNormFloor: number;
  readonly wordNormFloor: number;
  /** Read each run of encoded data as one ⟨blob⟩ token (see {@link findBlobs}). */
  readonly blobs: boolean;
}

export const DEFAULT_FEATURE_CONFIG: HashedFeatureConfig = Object.freeze({
  charBits: 18,
  charMinN: 2,
  charMaxN: 5,
  wordBits: 17,
  wordBigrams: true,
  concepts: true,
  charWeight: 1,
  wordWeight: 1,
  conceptWeight: 2,
  // About a 200-character text's char n-grams and a 30-word text's words: shorter texts are
  // scored with proportionally smaller features, so a short question is not decided by two or
  // three loud n-grams (measured: far fewer false positives on short generic questions, same
  // recall on the development split).
  charNormFloor: 800,
  wordNormFloor: 60,
  blobs: true,
});

/** Feature families; the bucket ranges are [0, 2^charBits) for chars, then 2^wordBits for words, then the concepts'. */
export type FeatureFamily = 'char' | 'word' | 'concept';

/** log2 of the concept buckets (concepts and pairs of concepts). */
const CONCEPT_BITS = 12;

/** Total number of buckets of `config`. */
export function featureCount(config: HashedFeatureConfig): number {
  return (1 << config.charBits) + (1 << config.wordBits) + (config.concepts ? 1 << CONCEPT_BITS : 0);
}

/** Checks a configuration's ranges; returns a message for the first problem or undefined. */
export function featureConfigProblem(config: HashedFeatureConfig): string | undefined {
  const intIn = (v: unknown, lo: number, hi: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
  const posNum = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;
  if (!intIn(config.charBits, 4, 22)) return `charBits must be an integer from 4 to 22, got ${String(config.charBits)}`;
  if (!intIn(config.wordBits, 4, 22)) return `wordBits must be an integer from 4 to 22, got ${String(config.wordBits)}`;
  if (!intIn(config.charMinN, 1, 8) || !intIn(config.charMaxN, config.charMinN, 8)) {
    return `charMinN and charMaxN must be integers with 1 ≤ charMinN ≤ charMaxN ≤ 8, got ${String(config.charMinN)} and ${String(config.charMaxN)}`;
  }
  if (typeof config.wordBigrams !== 'boolean') return 'wordBigrams must be a boolean';
  if (typeof config.concepts !== 'boolean') return 'concepts must be a boolean';
  if (typeof config.blobs !== 'boolean') return 'blobs must be a boolean';
  if (!posNum(config.charWeight) || !posNum(config.wordWeight) || !posNum(config.conceptWeight)) return 'charWeight, wordWeight and conceptWeight must be numbers from 0 to 100';
  const floor = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1e6;
  if (!floor(config.charNormFloor) || !floor(config.wordNormFloor)) return 'charNormFloor and wordNormFloor must be numbers from 0 to 1,000,000';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The concept lexicon as a trie over folded code units (concept-trie.ts), built on first use.

let conceptTrie: ConceptTrie | undefined;

function concepts(): ConceptTrie {
  return (conceptTrie ??= buildConceptTrie(conceptLexicon, tables().fold, conceptNameHash));
}

/** Hash of a concept's name (its feature's base hash). */
function conceptNameHash(name: string): number {
  let h = (FNV_OFFSET ^ CONCEPT_SEED) >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), FNV_PRIME);
  return fmix32(h);
}

// ---------------------------------------------------------------------------------------------
// Hashing.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const CHAR_SEED = 0x3c6ef372;
const WORD_SEED = 0x5be0cd19;
const BIGRAM_SEED = 0x1f83d9ab;
const CONCEPT_SEED = 0x6a09e667;
const CONCEPT_BIGRAM_SEED = 0xbb67ae85;
/** The ⟨blob⟩ token's word hash. */
const BLOB_HASH = 0xa54ff53a;

/** murmur3's 32-bit finaliser: spreads FNV's weak low bits over the whole word. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// The featuriser.

/** What a bucket written by {@link HashedFeaturizer.next} stands for (high bits of its info word). */
const KIND_MASK = 0x7f000000;
const KIND_WORD = 0x01000000;
const KIND_WORD_BIGRAM = 0x02000000;
const KIND_CONCEPT = 0x03000000;
const KIND_CONCEPT_BIGRAM = 0x04000000;
const KIND_BLOB = 0x05000000;

/** At most this many code units of an n-gram are shown in an explanation. */
const SHOWN_UNITS = 40;

function codesToString(codes: Uint16Array, from: number, to: number): string {
  const end = Math.min(to, from + SHOWN_UNITS);
  let out = '';
  for (let i = from; i < end; i++) out += String.fromCharCode(codes[i]!);
  return end < to ? `${out}…` : out;
}

/** A text in canonical form: folded code units and, for each, its index in the source text. */
interface Canonical {
  codes: Uint16Array;
  origin: Int32Array;
  length: number;
}

/** UTF-16 units of the text being loaded (loading is synchronous). */
const loading = new UnitBuffer();

/**
 * Write the canonical form of the text from `start` to `end` (its UTF-16 units from `start` in `units`) into `codes` (with each code's index
 * in the text in `origin`): a leading space, then the folded characters with whitespace runs as
 * one space. Returns the number written.
 *
 * The loop is a function of its own with nothing after it but the return: V8 compiles a long
 * first text's loop on-stack (OSR) before the code after the loop has ever run, and on Node 20
 * that code's first use then deoptimised the cached OSR code again on every later call.
 */
function canonicalise(units: Uint16Array, start: number, end: number, codes: Uint16Array, origin: Int32Array, canon: Uint16Array): number {
  let k = 0;
  codes[k] = 0x20; // a leading space marks the start of the first word
  origin[k++] = start;
  // 1 when the last code written is a space. Every unit is written at k, and k moves on except for
  // a space after a space (the next unit overwrites it): no branch on the text.
  let lastSpace = 1;
  for (let i = start; i < end; i++) {
    const code = canon[units[i - start]!]!;
    const space = code === 0x20 ? 1 : 0;
    codes[k] = code;
    origin[k] = i;
    k += 1 - (space & lastSpace);
    lastSpace = space;
  }
  return k;
}

/**
 * Turns texts into hashed bucket streams. One instance holds reusable scratch buffers, so it is
 * not reentrant: use one per synchronous caller (scoring is synchronous, so one per detector).
 */
export class HashedFeaturizer {
  readonly config: HashedFeatureConfig;
  readonly size: number;
  private readonly charMask: number;
  private readonly wordMask: number;
  private readonly wordOffset: number;
  /** First concept bucket (= size when concepts are off). */
  readonly conceptOffset: number;
  private canon: Canonical = { codes: new Uint16Array(256), origin: new Int32Array(256), length: 0 };
  /** Per canonical position: 1 at the start of a run of encoded data, 2 inside one, 0 elsewhere (read only when the loaded text has runs). */
  private blobMark = new Uint8Array(256);
  /** The loaded text's runs ({@link findBlobs}), as [start, end) pairs, whose marks the next load clears. */
  private readonly blobRuns: number[] = [];
  /** Stream state: the next canonical position and the hash of the last word seen. */
  private at = 0;
  private prevWord = -1;
  private prevConcept = -1;
  /** End (exclusive) of the word {@link wordAt} last read. */
  private wordEnd = 0;
  private readonly counts: Int32Array;
  private touched: Int32Array;
  private touchedCount = 0;

  constructor(config: HashedFeatureConfig = DEFAULT_FEATURE_CONFIG) {
    const problem = featureConfigProblem(config);
    if (problem !== undefined) throw new RangeError(`feature config: ${problem}`);
    this.config = config;
    this.size = featureCount(config);
    this.charMask = (1 << config.charBits) - 1;
    this.wordMask = (1 << config.wordBits) - 1;
    this.wordOffset = 1 << config.charBits;
    this.conceptOffset = this.wordOffset + (1 << config.wordBits);
    this.counts = new Int32Array(this.size);
    this.touched = new Int32Array(4096);
    tables();
  }

  /** The family of a bucket. */
  familyOf(bucket: number): FeatureFamily {
    return bucket < this.wordOffset ? 'char' : bucket < this.conceptOffset ? 'word' : 'concept';
  }

  /**
   * Load `text` (or its part from `start` to `end`) in canonical form and rewind the stream;
   * `text` may be given as its UTF-16 units. Returns the canonical length (the stream's positions
   * run from 0 to it).
   */
  load(text: string | Uint16Array, start = 0, end = text.length): number {
    const { canon } = tables();
    const n = end - start;
    if (this.canon.codes.length < n + 2) {
      const cap = Math.max(n + 2, this.canon.codes.length * 2);
      this.canon = { codes: new Uint16Array(cap), origin: new Int32Array(cap), length: 0 };
      if (this.config.blobs) this.blobMark = new Uint8Array(cap);
    }
    const { codes, origin } = this.canon;
    let k = canonicalise(typeof text === 'string' ? loading.of(text, start, end) : text.subarray(start, end), start, end, codes, origin, canon);
    // The text ends in a word: a trailing space marks its end (only spaces fold to 0x20).
    if (codes[k - 1] !== 0x20) {
      codes[k] = 0x20;
      origin[k++] = end;
    }
    this.canon.length = k;
    if (this.config.blobs) this.markBlobs(k);
    this.at = 0;
    this.prevWord = -1;
    this.prevConcept = -1;
    return k;
  }

  /** Clear the last text's blob marks and mark the runs of encoded data of the loaded one. */
  private markBlobs(length: number): void {
    const { blobMark, blobRuns } = this;
    for (let r = 0; r < blobRuns.length; r += 2) blobMark.fill(0, blobRuns[r], blobRuns[r + 1]);
    findBlobs(this.canon.codes, length, blobRuns);
    for (let r = 0; r < blobRuns.length; r += 2) {
      blobMark.fill(2, blobRuns[r], blobRuns[r + 1]);
      blobMark[blobRuns[r]!] = 1;
    }
  }

  /** Index in the loaded text of canonical position `pos` (the end of the text for `pos` ≥ length). */
  sourceIndex(pos: number): number {
    const { origin, length } = this.canon;
    if (length === 0) return 0;
    if (pos >= length) return (origin[length - 1] ?? 0) + 1;
    return origin[Math.max(0, pos)] ?? 0;
  }

  /**
   * Write into `out` the buckets of the n-grams starting at canonical positions from the
   * stream's position up to `to` (exclusive), and advance the stream. `out` must hold
   * `maxBucketsPerPosition × (to − position)` entries. Returns the number written. With `info`,
   * each bucket's kind is written there too (see {@link FeatureKind}), for explanations.
   */
  next(to: number, out: Int32Array, info?: Int32Array): number {
    const { cls } = tables();
    const trie = this.config.concepts ? concepts() : undefined;
    const { codes, length } = this.canon;
    const { charMinN, charMaxN } = this.config;
    const charMask = this.charMask;
    const end = Math.min(to, length);
    const blob = this.blobRuns.length > 0 ? this.blobMark : undefined;
    let w = 0;
    for (let i = this.at; i < end; i++) {
      if (blob !== undefined && blob[i] !== 0) {
        // Inside a run of encoded data: one ⟨blob⟩ token at its start, nothing else.
        if (blob[i] === 1) w = this.pushWord(BLOB_HASH, KIND_BLOB, out, w, info);
        continue;
      }
      // Character n-grams starting at i.
      let h = (FNV_OFFSET ^ CHAR_SEED) >>> 0;
      let last = Math.min(charMaxN, length - i);
      // No n-gram reaches into a blob.
      if (blob !== undefined) while (last > 0 && blob[i + last - 1] !== 0) last--;
      for (let n = 1; n <= last; n++) {
        h = Math.imul(h ^ codes[i + n - 1]!, FNV_PRIME);
        if (n >= charMinN) {
          if (info !== undefined) info[w] = n;
          out[w++] = fmix32(h) & charMask;
        }
      }
      const c = cls[codes[i]!]!;
      const wordStart = c === SOLO || (c === WORD && (i === 0 || cls[codes[i - 1]!] !== WORD || (blob !== undefined && blob[i - 1] !== 0)));
      if (wordStart) w = this.wordAt(i, c, out, w, info, trie, cls);
    }
    this.at = Math.max(this.at, end);
    return w;
  }

  /**
   * Like {@link next}, but only the word family's buckets (words, word pairs, concepts and their
   * pairs): a cheap look at a stretch of text, with no character n-gram hashed.
   */
  nextWords(to: number, out: Int32Array): number {
    const { cls } = tables();
    const trie = this.config.concepts ? concepts() : undefined;
    const { codes, length } = this.canon;
    const end = Math.min(to, length);
    const blob = this.blobRuns.length > 0 ? this.blobMark : undefined;
    let w = 0;
    for (let i = this.at; i < end; i++) {
      if (blob !== undefined && blob[i] !== 0) {
        if (blob[i] === 1) w = this.pushWord(BLOB_HASH, KIND_BLOB, out, w, undefined);
        continue;
      }
      const c = cls[codes[i]!]!;
      if (c === SOLO || (c === WORD && (i === 0 || cls[codes[i - 1]!] !== WORD || (blob !== undefined && blob[i - 1] !== 0)))) {
        w = this.wordAt(i, c, out, w, undefined, trie, cls);
        // No word starts inside this one: go on after its end.
        i = this.wordEnd - 1;
      }
    }
    this.at = Math.max(this.at, end);
    return w;
  }

  /** Write the buckets of the word starting at canonical position `i` (class `c`) from `out[w]`; returns the new `w`. */
  private wordAt(i: number, c: number, out: Int32Array, w: number, info: Int32Array | undefined, trie: ConceptTrie | undefined, cls: Uint8Array): number {
    const { codes, length } = this.canon;
    const conceptOffset = this.conceptOffset;
    const conceptMask = (1 << CONCEPT_BITS) - 1;
    // The word starting at i.
    let wh = (FNV_OFFSET ^ WORD_SEED) >>> 0;
    let j = i;
    if (c === SOLO) wh = Math.imul(wh ^ codes[j++]!, FNV_PRIME);
    else while (j < length && cls[codes[j]!] === WORD) wh = Math.imul(wh ^ codes[j++]!, FNV_PRIME);
    this.wordEnd = j;
    w = this.pushWord(fmix32(wh), KIND_WORD | Math.min(j - i, 0xffff), out, w, info);
    if (trie === undefined) return w;
    // The longest concept form starting at i.
    const first = codes[i]!;
    let node = trie.root[first]!;
    if (node === 0) return w;
    let found = -1;
    for (let k = i + 1; ; ) {
      const concept = trie.conceptAt[node]!;
      if (concept >= 0 && (trie.wholeWord[node] === 0 || k >= length || cls[codes[k]!] !== WORD)) found = concept;
      if (k >= length) break;
      const unit = codes[k]!;
      // The second step of an ASCII word from the pair table, the others from the edge table.
      const nextNode = k === i + 1 && (first | unit) < 128 ? trie.asciiPairs[first * 128 + unit]! || -1 : childOf(trie, node, unit);
      if (nextNode === -1) break;
      node = nextNode;
      k++;
    }
    if (found === -1) return w;
    const ch = trie.hashes[found]!;
    if (info !== undefined) info[w] = KIND_CONCEPT | found;
    out[w++] = conceptOffset + (ch & conceptMask);
    if (this.prevConcept !== -1) {
      if (info !== undefined) info[w] = KIND_CONCEPT_BIGRAM | this.prevConcept;
      out[w++] = conceptOffset + (fmix32(Math.imul(trie.hashes[this.prevConcept]! ^ CONCEPT_BIGRAM_SEED, FNV_PRIME) ^ ch) & conceptMask);
    }
    this.prevConcept = found;
    return w;
  }

  /** Write a word's bucket (hash `wh`, explained as `kind`) and its pair with the word before it from `out[w]`; returns the new `w`. */
  private pushWord(wh: number, kind: number, out: Int32Array, w: number, info: Int32Array | undefined): number {
    const wordMask = this.wordMask;
    if (info !== undefined) info[w] = kind;
    out[w++] = this.wordOffset + (wh & wordMask);
    if (this.config.wordBigrams && this.prevWord !== -1) {
      if (info !== undefined) info[w] = KIND_WORD_BIGRAM;
      out[w++] = this.wordOffset + (fmix32(Math.imul(this.prevWord ^ BIGRAM_SEED, FNV_PRIME) ^ wh) & wordMask);
    }
    this.prevWord = wh;
    return w;
  }

  /** The most buckets {@link next} writes per canonical position. */
  get maxBucketsPerPosition(): number {
    return this.config.charMaxN - this.config.charMinN + 1 + 4;
  }

  /**
   * The sparse feature vector of `text`: bucket indices in first-seen order and their values
   * (sublinear counts, L2-normalised per family, times the family weight).
   */
  vectorise(text: string): { indices: Int32Array; values: Float32Array } {
    const len = this.load(text);
    const buf = new Int32Array(Math.min(len, 4096) * this.maxBucketsPerPosition);
    const step = Math.floor(buf.length / this.maxBucketsPerPosition);
    for (let pos = 0; pos < len; pos += step) {
      const n = this.next(pos + step, buf);
      for (let k = 0; k < n; k++) this.bump(buf[k]!);
    }
    // First-seen order (deterministic); sorting would cost more than it saves.
    const indices = this.touched.slice(0, this.touchedCount);
    const values = new Float32Array(indices.length);
    let charSq = 0;
    let wordSq = 0;
    for (let k = 0; k < indices.length; k++) {
      const b = indices[k]!;
      const g = 1 + Math.log(this.counts[b]!);
      values[k] = g;
      if (b < this.wordOffset) charSq += g * g;
      else if (b < this.conceptOffset) wordSq += g * g;
    }
    const charNorm = Math.sqrt(Math.max(charSq, this.config.charNormFloor));
    const wordNorm = Math.sqrt(Math.max(wordSq, this.config.wordNormFloor));
    const charScale = charSq > 0 ? this.config.charWeight / charNorm : 0;
    const wordScale = wordSq > 0 ? this.config.wordWeight / wordNorm : 0;
    const conceptScale = wordSq > 0 ? this.config.conceptWeight / wordNorm : 0;
    for (let k = 0; k < indices.length; k++) {
      const b = indices[k]!;
      values[k] = values[k]! * (b < this.wordOffset ? charScale : b < this.conceptOffset ? wordScale : conceptScale);
    }
    for (let k = 0; k < this.touchedCount; k++) this.counts[this.touched[k]!] = 0;
    this.touchedCount = 0;
    return { indices, values };
  }

  private bump(b: number): void {
    if (this.counts[b] === 0) {
      if (this.touchedCount === this.touched.length) {
        const grown = new Int32Array(this.touched.length * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.touchedCount++] = b;
    }
    this.counts[b] = this.counts[b]! + 1;
  }

  /**
   * The readable n-grams of `text` that fall in `buckets`: for each bucket, the n-gram of the
   * text hashed into it that occurs most often (ties: the first). Concepts show as ⟨name⟩. For
   * explanations only; it makes strings, so it is not for the hot path.
   */
  readable(text: string, buckets: ReadonlySet<number>): Map<number, string> {
    const found = new Map<number, Map<string, number>>();
    const note = (bucket: number, gram: string): void => {
      let m = found.get(bucket);
      if (m === undefined) found.set(bucket, (m = new Map()));
      m.set(gram, (m.get(gram) ?? 0) + 1);
    };
    const len = this.load(text);
    const { codes } = this.canon;
    const names = this.config.concepts ? concepts().names : [];
    const out1 = new Int32Array(this.maxBucketsPerPosition);
    const info = new Int32Array(this.maxBucketsPerPosition);
    let lastWord = '';
    let thisWord = '';
    for (let i = 0; i < len; i++) {
      const n = this.next(i + 1, out1, info);
      for (let k = 0; k < n; k++) {
        const b = out1[k]!;
        const kind = info[k]! & KIND_MASK;
        const arg = info[k]! & ~KIND_MASK;
        if (kind === KIND_WORD || kind === KIND_BLOB) {
          lastWord = thisWord;
          thisWord = kind === KIND_BLOB ? '⟨blob⟩' : codesToString(codes, i, i + arg);
        }
        if (!buckets.has(b)) continue;
        if (kind === 0) note(b, codesToString(codes, i, i + arg));
        else if (kind === KIND_WORD || kind === KIND_BLOB) note(b, thisWord);
        else if (kind === KIND_WORD_BIGRAM) note(b, `${lastWord} ${thisWord}`);
        else if (kind === KIND_CONCEPT) note(b, `⟨${names[arg] ?? '?'}⟩`);
        else if (kind === KIND_CONCEPT_BIGRAM) note(b, `⟨${names[arg] ?? '?'}⟩ ⟨${names[info[k - 1]! & ~KIND_MASK] ?? '?'}⟩`);
      }
    }
    const result = new Map<number, string>();
    for (const [bucket, grams] of found) {
      let best = '';
      let bestCount = 0;
      for (const [gram, count] of grams) {
        if (count > bestCount) {
          best = gram;
          bestCount = count;
        }
      }
      result.set(bucket, best);
    }
    return result;
  }
}
