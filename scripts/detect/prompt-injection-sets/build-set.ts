/**
 * Builds one authored set's rows from its own material (see types.ts), deterministically for a
 * seed. Each step draws from its own generator stream, so extending one family leaves the rows
 * of the others unchanged.
 */
import { createHash } from 'node:crypto';
import { createRng, randomInt, sample, type Rng } from '../../../src/stats/index.js';
import { cleanCarrier, cycleSample, fillBlobs, fillExfiltration, fillLinks, injectCarrier, insertBetween, longDocument, pick, slotCount } from './compose.js';
import { DECODABLE, ENCODINGS, ENCODING_NAMES, encode } from './encode.js';
import type { CarrierKind, Label, LongDocumentSources, Row, SetSources } from './types.js';

export const LICENSE = 'Apache-2.0';

/** Lower bound and upper bound (characters) of the long documents. */
export const LONG_DOCUMENT_MIN = 2_000;
export const LONG_DOCUMENT_MAX = 10_000;

/** Normalisation used for every overlap and duplicate check: NFKC, lower case, whitespace runs as one space. */
export function normaliseForOverlap(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function rowId(set: string, text: string): string {
  return `${set}-${createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 12)}`;
}

function stream(seed: number, set: string, step: string): Rng {
  const digest = createHash('sha1').update(`${seed}:${set}:${step}`).digest();
  return createRng(digest.readUInt32LE(0));
}

const INDIRECT_CATEGORY: Readonly<Record<CarrierKind, string>> = {
  email: 'indirect:email',
  web_page: 'indirect:web_page',
  review: 'indirect:web_page',
  tool_output: 'indirect:tool_output',
  document: 'indirect:document',
};

const CLEAN_CATEGORY: Readonly<Record<CarrierKind, string>> = {
  email: 'benign:document:email',
  web_page: 'benign:document:web_page',
  review: 'benign:document:review',
  tool_output: 'benign:document:tool_output',
  document: 'benign:document:pdf_text',
};

interface Draft {
  readonly text: string;
  readonly label: Label;
  readonly family: string;
  readonly category: string;
  readonly lang: string;
}

function carrierDrafts(src: SetSources, seed: number): Draft[] {
  const out: Draft[] = [];
  const rng = stream(seed, src.set, 'carriers');
  for (const carrier of src.carriers) {
    const slots = slotCount(carrier);
    if (slots === 0) throw new Error(`${src.set}: a ${carrier.kind} carrier has no {{INJECT}} slot: ${carrier.text.slice(0, 80)}`);
    out.push({ text: cleanCarrier(carrier), label: 'benign', family: 'document', category: CLEAN_CATEGORY[carrier.kind], lang: carrier.lang ?? 'en' });
    for (const payload of sample(src.indirectPayloads, src.indirectPerCarrier, rng)) {
      out.push({ text: injectCarrier(carrier, payload, randomInt(rng, slots)), label: 'injection', family: 'indirect', category: INDIRECT_CATEGORY[carrier.kind], lang: carrier.lang ?? 'en' });
    }
  }
  return out;
}

function encodedDrafts(src: SetSources, seed: number): Draft[] {
  const out: Draft[] = [];
  for (const encoding of ENCODINGS) {
    const rng = stream(seed, src.set, `encoded:${encoding}`);
    const carriers = DECODABLE.has(encoding) ? src.encoded.decodeCarriers : src.encoded.disguiseCarriers;
    for (const payload of cycleSample(src.encoded.payloads, src.encoded.perEncoding, rng)) {
      const text = pick(carriers, rng).replaceAll('{{NAME}}', pick(ENCODING_NAMES[encoding], rng)).replaceAll('{{ENC}}', encode(encoding, payload, rng));
      out.push({ text, label: 'injection', family: 'encoded', category: `encoded:${encoding}`, lang: 'en' });
    }
  }
  return out;
}

function benignEncodedDrafts(src: SetSources, seed: number): Draft[] {
  const rng = stream(seed, src.set, 'benign-encoded');
  const decodable = ENCODINGS.filter((e) => DECODABLE.has(e));
  return cycleSample(src.benignEncoded.plaintexts, src.benignEncoded.count, rng).map((plain) => {
    const encoding = pick(decodable, rng);
    const text = pick(src.benignEncoded.carriers, rng).replaceAll('{{NAME}}', pick(ENCODING_NAMES[encoding], rng)).replaceAll('{{ENC}}', encode(encoding, plain, rng));
    return { text, label: 'benign', family: 'hard_negative', category: 'hard_negative:code_with_encoded_data', lang: 'en' };
  });
}

function codeBlobDrafts(src: SetSources, seed: number): Draft[] {
  const rng = stream(seed, src.set, 'code-blobs');
  const { templates, plaintexts, subjects, count } = src.codeBlobs;
  return cycleSample(templates, count, rng).map((t) => ({
    text: fillBlobs(t, plaintexts, subjects, rng),
    label: 'benign',
    family: 'hard_negative',
    category: 'hard_negative:code_with_encoded_data',
    lang: 'en',
  }));
}

function markdownDrafts(src: SetSources, seed: number): Draft[] {
  const rng = stream(seed, src.set, 'markdown-links');
  const m = src.markdownLinks;
  return cycleSample(m.templates, m.count, rng).map((t) => ({
    text: fillLinks(t, m.hosts, m.paths, m.imagePaths, m.campaigns, rng),
    label: 'benign',
    family: 'hard_negative',
    category: 'hard_negative:benign_markdown_links',
    lang: 'en',
  }));
}

function exfiltrationDrafts(src: SetSources, seed: number): Draft[] {
  const rng = stream(seed, src.set, 'exfiltration');
  const x = src.exfiltration;
  return cycleSample(x.templates, x.count, rng).map((t) => ({
    text: fillExfiltration(t.text, x.hosts, x.params, rng),
    label: 'injection',
    family: 'exfiltration',
    category: t.category,
    lang: t.lang,
  }));
}

/**
 * The paragraphs of the i-th long document: one theme, or (every third document) two themes one
 * after the other, as in a message with two attachments, so lengths reach towards the maximum.
 */
function longDocumentParts(themes: LongDocumentSources['documents'], i: number, rng: Rng): string[] {
  const first = themes[i % themes.length]!;
  if (i % 3 !== 2 || themes.length < 2) return longDocument(first, LONG_DOCUMENT_MIN, LONG_DOCUMENT_MAX, rng);
  const a = longDocument(first, LONG_DOCUMENT_MAX * 0.4, LONG_DOCUMENT_MAX * 0.6, rng);
  const used = a.reduce((n, p) => n + p.length + 2, 0) + 5;
  const b = longDocument(themes[(i + 1) % themes.length]!, Math.min(LONG_DOCUMENT_MAX * 0.3, LONG_DOCUMENT_MAX - used - 1), LONG_DOCUMENT_MAX - used, rng);
  return [...a, '---', ...b];
}

function longDocumentDrafts(src: SetSources, seed: number): Draft[] {
  const rng = stream(seed, src.set, 'long-documents');
  const d = src.longDocuments;
  const out: Draft[] = [];
  for (let i = 0; i < d.count; i++) {
    out.push({ text: longDocumentParts(d.documents, i, rng).join('\n\n'), label: 'benign', family: 'long_document', category: 'hard_negative:long_document', lang: 'en' });
  }
  for (const [i, payload] of cycleSample(d.payloads, d.injectedCount, rng).entries()) {
    const parts = longDocumentParts(d.documents, i, rng);
    out.push({ text: insertBetween(parts, payload, rng), label: 'injection', family: 'indirect', category: 'indirect:document', lang: 'en' });
  }
  return out;
}

/**
 * All rows of one set, sorted by id. Exact duplicates (after {@link normaliseForOverlap}) are
 * dropped, first occurrence wins; authored texts come first.
 */
export function buildSet(src: SetSources, seed: number): Row[] {
  const drafts: Draft[] = [
    ...src.authored.flatMap((g) => g.texts.map((text) => ({ text: text.trim(), label: g.label, family: g.family, category: g.category, lang: g.lang }))),
    ...carrierDrafts(src, seed),
    ...encodedDrafts(src, seed),
    ...benignEncodedDrafts(src, seed),
    ...codeBlobDrafts(src, seed),
    ...markdownDrafts(src, seed),
    ...exfiltrationDrafts(src, seed),
    ...longDocumentDrafts(src, seed),
  ];
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const d of drafts) {
    const key = normaliseForOverlap(d.text);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({
      id: rowId(src.set, d.text),
      text: d.text,
      label: d.label,
      source: `${src.sourcePrefix}_${d.label}_${d.family}`,
      category: d.category,
      lang: d.lang,
      quality: 'clean',
      license: LICENSE,
    });
  }
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
