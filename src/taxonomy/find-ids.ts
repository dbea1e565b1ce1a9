/**
 * Find the taxonomy ids written in a text (source code, markdown): ATLAS `AML.T0024.002`,
 * `AML.M0015`, `AML.TA0002`, `AML.CS0001`; OWASP `LLM01:2025`, `ML04:2023` or `ML04`, `ASI01`;
 * NIST AI RMF `GOVERN 1.1` or `GV-1.1`; framework-prefixed ids (`iso-42001:A.6.2.4`,
 * `eu-ai-act:Art.15`, `nist-600-1:CONFABULATION`); CoSAI ids in quotes (`'riskDataPoisoning'`);
 * `A.6.2.4` after "42001" and `Art. 15` after "AI Act" on the same line. Whether each exists
 * is for {@link taxonomyEntry} to say.
 */
import { frameworkKeys } from './entry.js';
import { parseTaxonomyId, type TaxonomyRef } from './lookup.js';

/** One id found in a text. */
export interface FoundTaxonomyId extends TaxonomyRef {
  /** The id as written. */
  readonly text: string;
  /** 1-based line. */
  readonly line: number;
}

// A prefixed id runs to its last letter, digit or closing parenthesis; one cut short by code (`eu-ai-act:Art.${n}`, a regular expression) is not an id.
const prefixed = `\\b(?:${frameworkKeys.join('|')}):[A-Za-z0-9][A-Za-z0-9_.()@:-]*[A-Za-z0-9_)](?![\\w$({\\\\]|\\.[\\w$])`;
const shapes = [
  prefixed,
  String.raw`AML\.(?:TA|T|M|CS)\d{4}(?:\.\d{3})?(?:@[\d.]+)?`,
  String.raw`\bLLM\d{2}:\d{4}\b`,
  String.raw`\bML\d{2}(?::\d{4})?\b`,
  String.raw`\bASI\d{2}\b`,
  String.raw`\b(?:GOVERN|MAP|MEASURE|MANAGE)[ -]\d{1,2}(?:\.\d{1,2})?\b(?!\.\d)`,
  String.raw`\b(?:GV|MP|MS|MG)-\d{1,2}(?:\.\d{1,2})?\b(?![.-]\d)`,
  String.raw`(?<=['"\x60])(?:risk|control|component|persona)[A-Z][A-Za-z0-9]*(?=['"\x60])`,
];
const idPattern = new RegExp(shapes.join('|'), 'g');
const isoOnLine = /42001\b(.*)$/;
const isoId = /\bA\.\d{1,2}(?:\.\d{1,2}){0,2}\b/g;
const euOnLine = /\bAI Act\b(.*)$/;
const euId = /\bArt(?:icle|\.)\s?\d{1,3}(?:\(\d{1,2}\))?/g;

/** A prefixed id whose rest has no known shape: reported as written, so that it does not pass for an existing one. */
function prefixOnly(written: string): TaxonomyRef | undefined {
  const key = frameworkKeys.find((k) => written.toLowerCase().startsWith(`${k}:`));
  return key === undefined ? undefined : { framework: key, id: written };
}

/** Every id in `text`, in order of appearance. Lines longer than 100,000 characters are skipped. */
export function findTaxonomyIds(text: string): FoundTaxonomyId[] {
  const out: FoundTaxonomyId[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.length > 100_000) return;
    const found: { at: number; end: number; ref: TaxonomyRef; text: string }[] = [];
    const add = (written: string, at: number, as = written) => {
      if (found.some((f) => at >= f.at && at < f.end)) return;
      const ref = parseTaxonomyId(as) ?? prefixOnly(as);
      if (ref) found.push({ at, end: at + written.length, ref, text: written });
    };
    for (const m of line.matchAll(idPattern)) add(m[0], m.index);
    const iso = isoOnLine.exec(line);
    if (iso) for (const m of iso[1]!.matchAll(isoId)) add(m[0], line.length - iso[1]!.length + m.index, `iso-42001:${m[0]}`);
    const eu = euOnLine.exec(line);
    if (eu) for (const m of eu[1]!.matchAll(euId)) add(m[0], line.length - eu[1]!.length + m.index, `eu-ai-act:${m[0].replace(/\s/g, '')}`);
    for (const f of found.sort((a, b) => a.at - b.at)) out.push({ ...f.ref, text: f.text, line: i + 1 });
  });
  return out;
}
